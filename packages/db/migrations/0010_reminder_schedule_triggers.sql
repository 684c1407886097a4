-- A person's reminder schedule depends on their responses, their cadences, their time zone,
-- working and quiet hours and when they joined, and whether they take self-checks (hold the
-- clinician role). Whatever changes one of these queues the person, whichever code path made
-- the change; the reminder scan works their schedule out again with the rules of
-- packages/services and takes them off the queue. Statement-level, so a bulk insert queues
-- each person once.
CREATE OR REPLACE FUNCTION reminder_schedule_queue_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO reminder_schedule_queue (user_id)
  SELECT DISTINCT user_id FROM changed
  ON CONFLICT (user_id) DO UPDATE SET version = reminder_schedule_queue.version + 1;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION reminder_schedule_queue_person() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO reminder_schedule_queue (user_id) VALUES (NEW.id)
  ON CONFLICT (user_id) DO UPDATE SET version = reminder_schedule_queue.version + 1;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER check_responses_queue_reminders_insert
  AFTER INSERT ON check_responses REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION reminder_schedule_queue_changed();
--> statement-breakpoint
CREATE TRIGGER check_responses_queue_reminders_update_old
  AFTER UPDATE ON check_responses REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION reminder_schedule_queue_changed();
--> statement-breakpoint
CREATE TRIGGER check_responses_queue_reminders_update_new
  AFTER UPDATE ON check_responses REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION reminder_schedule_queue_changed();
--> statement-breakpoint
CREATE TRIGGER check_responses_queue_reminders_delete
  AFTER DELETE ON check_responses REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION reminder_schedule_queue_changed();
--> statement-breakpoint
CREATE TRIGGER check_cadences_queue_reminders_insert
  AFTER INSERT ON check_cadences REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION reminder_schedule_queue_changed();
--> statement-breakpoint
CREATE TRIGGER check_cadences_queue_reminders_update_old
  AFTER UPDATE ON check_cadences REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION reminder_schedule_queue_changed();
--> statement-breakpoint
CREATE TRIGGER check_cadences_queue_reminders_update_new
  AFTER UPDATE ON check_cadences REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION reminder_schedule_queue_changed();
--> statement-breakpoint
CREATE TRIGGER check_cadences_queue_reminders_delete
  AFTER DELETE ON check_cadences REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION reminder_schedule_queue_changed();
--> statement-breakpoint
CREATE TRIGGER memberships_queue_reminders_insert
  AFTER INSERT ON memberships REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION reminder_schedule_queue_changed();
--> statement-breakpoint
CREATE TRIGGER memberships_queue_reminders_update_old
  AFTER UPDATE ON memberships REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION reminder_schedule_queue_changed();
--> statement-breakpoint
CREATE TRIGGER memberships_queue_reminders_update_new
  AFTER UPDATE ON memberships REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION reminder_schedule_queue_changed();
--> statement-breakpoint
CREATE TRIGGER memberships_queue_reminders_delete
  AFTER DELETE ON memberships REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION reminder_schedule_queue_changed();
--> statement-breakpoint
CREATE TRIGGER users_queue_reminders_update
  AFTER UPDATE OF time_zone, working_hours, quiet_hours, created_at ON users
  FOR EACH ROW
  WHEN (
    OLD.time_zone IS DISTINCT FROM NEW.time_zone
    OR OLD.working_hours IS DISTINCT FROM NEW.working_hours
    OR OLD.quiet_hours IS DISTINCT FROM NEW.quiet_hours
    OR OLD.created_at IS DISTINCT FROM NEW.created_at
  )
  EXECUTE FUNCTION reminder_schedule_queue_person();
