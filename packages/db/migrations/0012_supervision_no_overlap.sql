-- No double booking, enforced by the database. A supervisor's scheduled (not cancelled)
-- sessions may not overlap, and one person may not be seated in two overlapping sessions:
-- two bookings racing for the same time cannot both commit, whatever the application does.
-- The losing insert fails with SQLSTATE 23P01 (exclusion_violation), which the domain layer
-- turns into "that time was just taken".
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
ALTER TABLE "supervision_sessions" ADD CONSTRAINT "supervision_sessions_no_overlap"
  EXCLUDE USING gist ("supervisor_membership_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&)
  WHERE ("cancelled_at" IS NULL);
--> statement-breakpoint
ALTER TABLE "session_participants" ADD CONSTRAINT "session_participants_no_overlap"
  EXCLUDE USING gist ("membership_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&)
  WHERE ("status" = 'seated');
