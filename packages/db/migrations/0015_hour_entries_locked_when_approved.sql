-- A signed (approved) supervision-hour entry is a record a licensing board relies on: the
-- database refuses any change to it and any direct deletion, whatever the application does.
-- Changes cascading from a removed organisation, membership or session (foreign-key actions
-- run as triggers, so the depth is above 1) still pass.
CREATE FUNCTION hour_entries_locked_when_approved() RETURNS trigger AS $$
BEGIN
  IF OLD.status = 'approved' AND pg_trigger_depth() <= 1 THEN
    RAISE EXCEPTION 'hour entry % is approved and locked', OLD.id
      USING ERRCODE = 'check_violation', HINT = 'approved hour entries cannot be changed or deleted';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER hour_entries_locked_when_approved
  BEFORE UPDATE OR DELETE ON hour_entries
  FOR EACH ROW EXECUTE FUNCTION hour_entries_locked_when_approved();
