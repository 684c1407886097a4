CREATE TABLE "session_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"membership_id" uuid NOT NULL,
	"status" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"joined_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	"seated_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"cancellation_reason" text,
	CONSTRAINT "session_participant_status" CHECK ("session_participants"."status" in ('seated', 'waitlisted', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "supervision_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"supervisor_membership_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"seat_limit" integer DEFAULT 1 NOT NULL,
	"cancelled_at" timestamp with time zone,
	"cancellation_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supervision_session_kind" CHECK ("supervision_sessions"."kind" in ('individual', 'group')),
	CONSTRAINT "supervision_session_time" CHECK ("supervision_sessions"."ends_at" > "supervision_sessions"."starts_at"),
	CONSTRAINT "supervision_session_seats" CHECK ("supervision_sessions"."seat_limit" between 1 and 50 and ("supervision_sessions"."kind" = 'group' or "supervision_sessions"."seat_limit" = 1))
);
--> statement-breakpoint
ALTER TABLE "session_participants" ADD CONSTRAINT "session_participants_session_id_supervision_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."supervision_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_participants" ADD CONSTRAINT "session_participants_membership_id_organisation_id_memberships_id_organisation_id_fk" FOREIGN KEY ("membership_id","organisation_id") REFERENCES "public"."memberships"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_sessions" ADD CONSTRAINT "supervision_sessions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_sessions" ADD CONSTRAINT "supervision_sessions_supervisor_membership_id_organisation_id_memberships_id_organisation_id_fk" FOREIGN KEY ("supervisor_membership_id","organisation_id") REFERENCES "public"."memberships"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "session_participant_once_idx" ON "session_participants" USING btree ("session_id","membership_id") WHERE "session_participants"."status" <> 'cancelled';--> statement-breakpoint
CREATE INDEX "session_participants_session_id_status_joined_at_index" ON "session_participants" USING btree ("session_id","status","joined_at");--> statement-breakpoint
CREATE INDEX "session_participants_membership_id_starts_at_index" ON "session_participants" USING btree ("membership_id","starts_at");--> statement-breakpoint
CREATE INDEX "supervision_sessions_organisation_id_starts_at_index" ON "supervision_sessions" USING btree ("organisation_id","starts_at");--> statement-breakpoint
CREATE INDEX "supervision_sessions_supervisor_membership_id_starts_at_index" ON "supervision_sessions" USING btree ("supervisor_membership_id","starts_at");