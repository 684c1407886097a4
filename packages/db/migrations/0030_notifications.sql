CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"recipient_membership_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"subject_id" uuid,
	"text" text NOT NULL,
	"href" text NOT NULL,
	"event_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	CONSTRAINT "notification_kind" CHECK ("notifications"."kind" in ('result_shared', 'session_booked', 'session_changed', 'session_cancelled', 'session_seat', 'hours_to_sign', 'hours_returned', 'post_flagged', 'ce_deadline')),
	CONSTRAINT "notification_href" CHECK ("notifications"."href" like '/%')
);
--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_membership_id_organisation_id_memberships_id_organisation_id_fk" FOREIGN KEY ("recipient_membership_id","organisation_id") REFERENCES "public"."memberships"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notifications_recipient_membership_id_created_at_index" ON "notifications" USING btree ("recipient_membership_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_unread_idx" ON "notifications" USING btree ("recipient_membership_id") WHERE "notifications"."read_at" is null;--> statement-breakpoint
CREATE INDEX "notifications_subject_id_index" ON "notifications" USING btree ("subject_id");