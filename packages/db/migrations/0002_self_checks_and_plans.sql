CREATE TYPE "public"."plan_strategy" AS ENUM('boundaries', 'self-care', 'supervision-peer-support', 'professional-development', 'support-outside-work');--> statement-breakpoint
CREATE TABLE "check_cadences" (
	"user_id" uuid NOT NULL,
	"instrument_id" text NOT NULL,
	"every_days" integer NOT NULL,
	"paused" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "check_cadences_user_id_instrument_id_pk" PRIMARY KEY("user_id","instrument_id"),
	CONSTRAINT "check_cadences_every_days" CHECK ("check_cadences"."every_days" between 1 and 365)
);
--> statement-breakpoint
CREATE TABLE "check_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"instrument_id" text NOT NULL,
	"instrument_version" text NOT NULL,
	"answers" jsonb NOT NULL,
	"result" jsonb NOT NULL,
	"completed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reminder_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"instrument_id" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reminder_deliveries_userId_instrumentId_dueAt_unique" UNIQUE("user_id","instrument_id","due_at")
);
--> statement-breakpoint
CREATE TABLE "result_shares" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"response_id" uuid NOT NULL,
	"owner_user_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"supervisor_membership_id" uuid NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"shared_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "self_check_settings" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"support_resources" text,
	"role_words" jsonb,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_commitments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"strategy" "plan_strategy" NOT NULL,
	"text" text NOT NULL,
	"frequency" text,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "prevention_plans" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"end_of_day_ritual" text DEFAULT '' NOT NULL,
	"reviewed_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "check_cadences" ADD CONSTRAINT "check_cadences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_responses" ADD CONSTRAINT "check_responses_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_responses" ADD CONSTRAINT "check_responses_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminder_deliveries" ADD CONSTRAINT "reminder_deliveries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_shares" ADD CONSTRAINT "result_shares_response_id_check_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."check_responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_shares" ADD CONSTRAINT "result_shares_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_shares" ADD CONSTRAINT "result_shares_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_shares" ADD CONSTRAINT "result_shares_supervisor_membership_id_memberships_id_fk" FOREIGN KEY ("supervisor_membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_check_settings" ADD CONSTRAINT "self_check_settings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_commitments" ADD CONSTRAINT "plan_commitments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prevention_plans" ADD CONSTRAINT "prevention_plans_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "check_responses_user_id_instrument_id_completed_at_index" ON "check_responses" USING btree ("user_id","instrument_id","completed_at");--> statement-breakpoint
CREATE INDEX "check_responses_organisation_id_instrument_id_completed_at_index" ON "check_responses" USING btree ("organisation_id","instrument_id","completed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "result_shares_active_idx" ON "result_shares" USING btree ("response_id","supervisor_membership_id") WHERE "result_shares"."revoked_at" is null;--> statement-breakpoint
CREATE INDEX "result_shares_supervisor_membership_id_index" ON "result_shares" USING btree ("supervisor_membership_id");--> statement-breakpoint
CREATE INDEX "plan_commitments_user_id_strategy_position_index" ON "plan_commitments" USING btree ("user_id","strategy","position");