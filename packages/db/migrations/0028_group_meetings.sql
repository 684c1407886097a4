CREATE TABLE "group_meeting_changes" (
	"meeting_id" uuid NOT NULL,
	"original_start" timestamp with time zone NOT NULL,
	"moved_to" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "group_meeting_changes_meeting_id_original_start_pk" PRIMARY KEY("meeting_id","original_start")
);
--> statement-breakpoint
CREATE TABLE "group_meeting_evaluation_receipts" (
	"meeting_id" uuid NOT NULL,
	"occurrence_start" timestamp with time zone NOT NULL,
	"membership_id" uuid NOT NULL,
	CONSTRAINT "group_meeting_evaluation_receipts_meeting_id_occurrence_start_membership_id_pk" PRIMARY KEY("meeting_id","occurrence_start","membership_id")
);
--> statement-breakpoint
CREATE TABLE "group_meeting_evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"occurrence_start" timestamp with time zone NOT NULL,
	"helpful" integer NOT NULL,
	"safe" integer NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	CONSTRAINT "group_meeting_evaluation_helpful" CHECK ("group_meeting_evaluations"."helpful" between 1 and 5),
	CONSTRAINT "group_meeting_evaluation_safe" CHECK ("group_meeting_evaluations"."safe" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "group_meeting_rsvps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"membership_id" uuid NOT NULL,
	"occurrence_start" timestamp with time zone,
	"response" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "group_meeting_rsvps_once" UNIQUE NULLS NOT DISTINCT("meeting_id","membership_id","occurrence_start"),
	CONSTRAINT "group_meeting_rsvp_response" CHECK ("group_meeting_rsvps"."response" in ('going', 'not-going'))
);
--> statement-breakpoint
CREATE TABLE "group_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"rule" text,
	"first_start" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"time_zone" text NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"link" text DEFAULT '' NOT NULL,
	"created_by_membership_id" uuid NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "group_meeting_duration" CHECK ("group_meetings"."duration_minutes" between 15 and 480)
);
--> statement-breakpoint
ALTER TABLE "group_notices" DROP CONSTRAINT "group_notice_kind";--> statement-breakpoint
ALTER TABLE "group_notices" ADD COLUMN "meeting_id" uuid;--> statement-breakpoint
ALTER TABLE "group_notices" ADD COLUMN "starts_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "group_notices" ADD COLUMN "previous_start" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "group_meeting_changes" ADD CONSTRAINT "group_meeting_changes_meeting_id_group_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."group_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_meeting_evaluation_receipts" ADD CONSTRAINT "group_meeting_evaluation_receipts_meeting_id_group_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."group_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_meeting_evaluation_receipts" ADD CONSTRAINT "group_meeting_evaluation_receipts_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_meeting_evaluations" ADD CONSTRAINT "group_meeting_evaluations_meeting_id_group_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."group_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_meeting_rsvps" ADD CONSTRAINT "group_meeting_rsvps_meeting_id_group_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."group_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_meeting_rsvps" ADD CONSTRAINT "group_meeting_rsvps_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_meetings" ADD CONSTRAINT "group_meetings_group_id_organisation_id_peer_groups_id_organisation_id_fk" FOREIGN KEY ("group_id","organisation_id") REFERENCES "public"."peer_groups"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_meetings" ADD CONSTRAINT "group_meetings_created_by_membership_id_organisation_id_memberships_id_organisation_id_fk" FOREIGN KEY ("created_by_membership_id","organisation_id") REFERENCES "public"."memberships"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "group_meeting_evaluations_meeting_id_occurrence_start_index" ON "group_meeting_evaluations" USING btree ("meeting_id","occurrence_start");--> statement-breakpoint
CREATE INDEX "group_meetings_group_id_index" ON "group_meetings" USING btree ("group_id");--> statement-breakpoint
ALTER TABLE "group_notices" ADD CONSTRAINT "group_notices_meeting_id_group_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."group_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "group_notices_one_reminder" ON "group_notices" USING btree ("recipient_membership_id","meeting_id","starts_at") WHERE "group_notices"."kind" = 'meeting-reminder';--> statement-breakpoint
ALTER TABLE "group_notices" ADD CONSTRAINT "group_notice_kind" CHECK ("group_notices"."kind" in ('post-restored', 'post-removed', 'muted', 'meeting-reminder', 'meeting-changed', 'meeting-cancelled'));