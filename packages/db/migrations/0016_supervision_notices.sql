CREATE TABLE "supervision_notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"recipient_membership_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"reason" text,
	"previous_start" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "supervision_notice_kind" CHECK ("supervision_notices"."kind" in ('booked', 'changed', 'cancelled', 'promoted', 'reminder'))
);
--> statement-breakpoint
ALTER TABLE "supervision_notices" ADD CONSTRAINT "supervision_notices_session_id_supervision_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."supervision_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_notices" ADD CONSTRAINT "supervision_notices_recipient_membership_id_organisation_id_memberships_id_organisation_id_fk" FOREIGN KEY ("recipient_membership_id","organisation_id") REFERENCES "public"."memberships"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "supervision_notices_created_at_index" ON "supervision_notices" USING btree ("created_at") WHERE "supervision_notices"."sent_at" is null;--> statement-breakpoint
CREATE INDEX "supervision_notices_session_id_index" ON "supervision_notices" USING btree ("session_id");