CREATE TABLE "agenda_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"author_membership_id" uuid NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"help_wanted" text DEFAULT '' NOT NULL,
	"identifiers_confirmed" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_feeds" (
	"membership_id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "hour_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"supervisee_membership_id" uuid NOT NULL,
	"supervisor_membership_id" uuid NOT NULL,
	"session_id" uuid,
	"kind" text NOT NULL,
	"date" date NOT NULL,
	"minutes" integer NOT NULL,
	"format" text DEFAULT 'video' NOT NULL,
	"topic" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"return_comment" text,
	"signed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hour_entry_kind" CHECK ("hour_entries"."kind" in ('individual', 'group')),
	CONSTRAINT "hour_entry_minutes" CHECK ("hour_entries"."minutes" between 5 and 600),
	CONSTRAINT "hour_entry_status" CHECK ("hour_entries"."status" in ('pending', 'approved', 'returned')),
	CONSTRAINT "hour_entry_signed" CHECK (("hour_entries"."status" = 'approved') = ("hour_entries"."signed_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "session_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"author_membership_id" uuid NOT NULL,
	"body" text NOT NULL,
	"visibility" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "session_note_visibility" CHECK ("session_notes"."visibility" in ('private', 'shared'))
);
--> statement-breakpoint
CREATE TABLE "session_series" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"supervisor_membership_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text,
	"rule" text NOT NULL,
	"first_start" timestamp with time zone NOT NULL,
	"time_zone" text NOT NULL,
	"duration_minutes" integer NOT NULL,
	"seat_limit" integer DEFAULT 1 NOT NULL,
	"format" text DEFAULT 'video' NOT NULL,
	"participant_membership_id" uuid,
	"materialised_until" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "session_series_kind" CHECK ("session_series"."kind" in ('individual', 'group')),
	CONSTRAINT "session_series_participant" CHECK (("session_series"."kind" = 'individual') = ("session_series"."participant_membership_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "supervision_settings" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"board_rule" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"board_rule_name" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "session_participants" ADD COLUMN "attendance" text;--> statement-breakpoint
ALTER TABLE "supervision_sessions" ADD COLUMN "format" text DEFAULT 'video' NOT NULL;--> statement-breakpoint
ALTER TABLE "supervision_sessions" ADD COLUMN "series_id" uuid;--> statement-breakpoint
ALTER TABLE "supervision_sessions" ADD COLUMN "original_start" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "supervision_sessions" ADD COLUMN "sequence" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "supervision_sessions" ADD COLUMN "reminder_sent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "supervision_sessions" ADD COLUMN "attendance_recorded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "supervision_sessions" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_session_id_supervision_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."supervision_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_author_membership_id_organisation_id_memberships_id_organisation_id_fk" FOREIGN KEY ("author_membership_id","organisation_id") REFERENCES "public"."memberships"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_membership_id_organisation_id_memberships_id_organisation_id_fk" FOREIGN KEY ("membership_id","organisation_id") REFERENCES "public"."memberships"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hour_entries" ADD CONSTRAINT "hour_entries_session_id_supervision_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."supervision_sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hour_entries" ADD CONSTRAINT "hour_entries_supervisee_membership_id_organisation_id_memberships_id_organisation_id_fk" FOREIGN KEY ("supervisee_membership_id","organisation_id") REFERENCES "public"."memberships"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hour_entries" ADD CONSTRAINT "hour_entries_supervisor_membership_id_organisation_id_memberships_id_organisation_id_fk" FOREIGN KEY ("supervisor_membership_id","organisation_id") REFERENCES "public"."memberships"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_notes" ADD CONSTRAINT "session_notes_session_id_supervision_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."supervision_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_notes" ADD CONSTRAINT "session_notes_author_membership_id_organisation_id_memberships_id_organisation_id_fk" FOREIGN KEY ("author_membership_id","organisation_id") REFERENCES "public"."memberships"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_series" ADD CONSTRAINT "session_series_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_series" ADD CONSTRAINT "session_series_supervisor_membership_id_organisation_id_memberships_id_organisation_id_fk" FOREIGN KEY ("supervisor_membership_id","organisation_id") REFERENCES "public"."memberships"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_series" ADD CONSTRAINT "session_series_participant_membership_id_organisation_id_memberships_id_organisation_id_fk" FOREIGN KEY ("participant_membership_id","organisation_id") REFERENCES "public"."memberships"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_settings" ADD CONSTRAINT "supervision_settings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agenda_items_session_id_created_at_index" ON "agenda_items" USING btree ("session_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feed_token_idx" ON "calendar_feeds" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "hour_entry_per_session_idx" ON "hour_entries" USING btree ("session_id","supervisee_membership_id") WHERE "hour_entries"."session_id" is not null;--> statement-breakpoint
CREATE INDEX "hour_entries_supervisee_membership_id_date_index" ON "hour_entries" USING btree ("supervisee_membership_id","date");--> statement-breakpoint
CREATE INDEX "hour_entries_supervisor_membership_id_status_index" ON "hour_entries" USING btree ("supervisor_membership_id","status");--> statement-breakpoint
CREATE INDEX "session_notes_session_id_created_at_index" ON "session_notes" USING btree ("session_id","created_at");--> statement-breakpoint
CREATE INDEX "session_series_supervisor_membership_id_index" ON "session_series" USING btree ("supervisor_membership_id");--> statement-breakpoint
CREATE INDEX "session_series_materialised_until_index" ON "session_series" USING btree ("materialised_until") WHERE "session_series"."ended_at" is null;--> statement-breakpoint
ALTER TABLE "supervision_sessions" ADD CONSTRAINT "supervision_sessions_series_id_session_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."session_series"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "supervision_session_occurrence_idx" ON "supervision_sessions" USING btree ("series_id","original_start") WHERE "supervision_sessions"."series_id" is not null;--> statement-breakpoint
CREATE INDEX "supervision_sessions_starts_at_index" ON "supervision_sessions" USING btree ("starts_at") WHERE "supervision_sessions"."cancelled_at" is null and "supervision_sessions"."reminder_sent_at" is null;--> statement-breakpoint
ALTER TABLE "session_participants" ADD CONSTRAINT "session_participant_attendance" CHECK ("session_participants"."attendance" in ('attended', 'absent'));