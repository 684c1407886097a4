CREATE TABLE "ce_certificate_contents" (
	"storage_key" text PRIMARY KEY NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ce_certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"membership_id" uuid NOT NULL,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ce_certificates_storageKey_unique" UNIQUE("storage_key"),
	CONSTRAINT "ce_certificates_id_org_unique" UNIQUE("id","organisation_id"),
	CONSTRAINT "ce_certificate_type" CHECK ("ce_certificates"."content_type" in ('application/pdf', 'image/png', 'image/jpeg')),
	CONSTRAINT "ce_certificate_size" CHECK ("ce_certificates"."bytes" between 1 and 10485760)
);
--> statement-breakpoint
CREATE TABLE "ce_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"membership_id" uuid NOT NULL,
	"title" text NOT NULL,
	"provider" text DEFAULT '' NOT NULL,
	"date" date NOT NULL,
	"minutes" integer NOT NULL,
	"format" text NOT NULL,
	"categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"certificate_id" uuid,
	"workshop_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ce_entries_id_org_unique" UNIQUE("id","organisation_id"),
	CONSTRAINT "ce_entry_minutes" CHECK ("ce_entries"."minutes" between 15 and 6000),
	CONSTRAINT "ce_entry_format" CHECK ("ce_entries"."format" in ('in-person', 'live-online', 'self-study'))
);
--> statement-breakpoint
CREATE TABLE "ce_entry_licences" (
	"entry_id" uuid NOT NULL,
	"licence_id" uuid NOT NULL,
	CONSTRAINT "ce_entry_licences_entry_id_licence_id_pk" PRIMARY KEY("entry_id","licence_id")
);
--> statement-breakpoint
CREATE TABLE "ce_reminders" (
	"licence_id" uuid NOT NULL,
	"cycle_end" date NOT NULL,
	"days_before" integer NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "ce_reminders_licence_id_cycle_end_days_before_pk" PRIMARY KEY("licence_id","cycle_end","days_before"),
	CONSTRAINT "ce_reminder_days" CHECK ("ce_reminders"."days_before" in (90, 60, 30))
);
--> statement-breakpoint
CREATE TABLE "ce_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"licence_type" text NOT NULL,
	"jurisdiction" text NOT NULL,
	"cycle_months" integer NOT NULL,
	"total_minutes" integer NOT NULL,
	"categories" jsonb NOT NULL,
	"caps" jsonb NOT NULL,
	"carry_over_max_minutes" integer DEFAULT 0 NOT NULL,
	"example" text DEFAULT 'checked' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	CONSTRAINT "ce_templates_id_org_unique" UNIQUE("id","organisation_id"),
	CONSTRAINT "ce_templates_org_name_unique" UNIQUE("organisation_id","name"),
	CONSTRAINT "ce_template_cycle" CHECK ("ce_templates"."cycle_months" between 1 and 120),
	CONSTRAINT "ce_template_total" CHECK ("ce_templates"."total_minutes" > 0),
	CONSTRAINT "ce_template_carry_over" CHECK ("ce_templates"."carry_over_max_minutes" >= 0),
	CONSTRAINT "ce_template_example" CHECK ("ce_templates"."example" in ('example', 'checked'))
);
--> statement-breakpoint
CREATE TABLE "development_goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"title" text NOT NULL,
	"due_on" date,
	"progress" integer DEFAULT 0 NOT NULL,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "development_goal_progress" CHECK ("development_goals"."progress" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "licences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"membership_id" uuid NOT NULL,
	"type" text NOT NULL,
	"type_name" text DEFAULT '' NOT NULL,
	"jurisdiction" text NOT NULL,
	"number" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"issued_on" date,
	"cycle_start" date,
	"cycle_end" date,
	"template_id" uuid,
	"supervised_minutes_required" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "licences_id_org_unique" UNIQUE("id","organisation_id"),
	CONSTRAINT "licence_status" CHECK ("licences"."status" in ('active', 'pursuing')),
	CONSTRAINT "licence_cycle" CHECK (("licences"."cycle_start" is null) = ("licences"."cycle_end" is null) and ("licences"."cycle_start" is null or "licences"."cycle_start" <= "licences"."cycle_end")),
	CONSTRAINT "licence_supervised_minutes" CHECK ("licences"."supervised_minutes_required" is null or "licences"."supervised_minutes_required" > 0)
);
--> statement-breakpoint
CREATE TABLE "workshop_enrolments" (
	"workshop_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"membership_id" uuid NOT NULL,
	"enrolled_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	"entry_id" uuid,
	CONSTRAINT "workshop_enrolments_workshop_id_membership_id_pk" PRIMARY KEY("workshop_id","membership_id")
);
--> statement-breakpoint
CREATE TABLE "workshops" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"provider" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"starts_on" date,
	"minutes" integer NOT NULL,
	"format" text NOT NULL,
	"categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"link" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	CONSTRAINT "workshops_id_org_unique" UNIQUE("id","organisation_id"),
	CONSTRAINT "workshop_minutes" CHECK ("workshops"."minutes" between 15 and 6000),
	CONSTRAINT "workshop_format" CHECK ("workshops"."format" in ('in-person', 'live-online', 'self-study'))
);
--> statement-breakpoint
ALTER TABLE "ce_certificates" ADD CONSTRAINT "ce_certificates_membership_id_organisation_id_memberships_id_organisation_id_fk" FOREIGN KEY ("membership_id","organisation_id") REFERENCES "public"."memberships"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ce_entries" ADD CONSTRAINT "ce_entries_membership_id_organisation_id_memberships_id_organisation_id_fk" FOREIGN KEY ("membership_id","organisation_id") REFERENCES "public"."memberships"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ce_entries" ADD CONSTRAINT "ce_entries_certificate_id_organisation_id_ce_certificates_id_organisation_id_fk" FOREIGN KEY ("certificate_id","organisation_id") REFERENCES "public"."ce_certificates"("id","organisation_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ce_entries" ADD CONSTRAINT "ce_entries_workshop_id_organisation_id_workshops_id_organisation_id_fk" FOREIGN KEY ("workshop_id","organisation_id") REFERENCES "public"."workshops"("id","organisation_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ce_entry_licences" ADD CONSTRAINT "ce_entry_licences_entry_id_ce_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."ce_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ce_entry_licences" ADD CONSTRAINT "ce_entry_licences_licence_id_licences_id_fk" FOREIGN KEY ("licence_id") REFERENCES "public"."licences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ce_reminders" ADD CONSTRAINT "ce_reminders_licence_id_licences_id_fk" FOREIGN KEY ("licence_id") REFERENCES "public"."licences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ce_templates" ADD CONSTRAINT "ce_templates_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_goals" ADD CONSTRAINT "development_goals_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licences" ADD CONSTRAINT "licences_membership_id_organisation_id_memberships_id_organisation_id_fk" FOREIGN KEY ("membership_id","organisation_id") REFERENCES "public"."memberships"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licences" ADD CONSTRAINT "licences_template_id_organisation_id_ce_templates_id_organisation_id_fk" FOREIGN KEY ("template_id","organisation_id") REFERENCES "public"."ce_templates"("id","organisation_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_enrolments" ADD CONSTRAINT "workshop_enrolments_entry_id_ce_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."ce_entries"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_enrolments" ADD CONSTRAINT "workshop_enrolments_workshop_id_organisation_id_workshops_id_organisation_id_fk" FOREIGN KEY ("workshop_id","organisation_id") REFERENCES "public"."workshops"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_enrolments" ADD CONSTRAINT "workshop_enrolments_membership_id_organisation_id_memberships_id_organisation_id_fk" FOREIGN KEY ("membership_id","organisation_id") REFERENCES "public"."memberships"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshops" ADD CONSTRAINT "workshops_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ce_entries_membership_id_date_index" ON "ce_entries" USING btree ("membership_id","date");--> statement-breakpoint
CREATE INDEX "ce_entry_licences_licence_id_index" ON "ce_entry_licences" USING btree ("licence_id");--> statement-breakpoint
CREATE INDEX "development_goals_user_id_index" ON "development_goals" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "licences_membership_id_index" ON "licences" USING btree ("membership_id");--> statement-breakpoint
CREATE INDEX "licences_cycle_end_index" ON "licences" USING btree ("cycle_end");--> statement-breakpoint
CREATE INDEX "workshop_enrolments_membership_id_index" ON "workshop_enrolments" USING btree ("membership_id");--> statement-breakpoint
CREATE INDEX "workshops_organisation_id_starts_on_index" ON "workshops" USING btree ("organisation_id","starts_on");