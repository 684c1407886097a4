-- A team report's snapshot stands for the organisation's cells as they were: who is a clinician,
-- who is active, which teams exist and who is in them. Any change to those forgets the
-- organisation's snapshots, so the next viewing computes the report afresh.
CREATE OR REPLACE FUNCTION report_snapshots_forget() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    DELETE FROM report_snapshots WHERE organisation_id = OLD.organisation_id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    DELETE FROM report_snapshots WHERE organisation_id = NEW.organisation_id;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER memberships_report_snapshots
  AFTER INSERT OR DELETE OR UPDATE OF roles, deactivated_at ON memberships
  FOR EACH ROW EXECUTE FUNCTION report_snapshots_forget();
--> statement-breakpoint
CREATE TRIGGER teams_report_snapshots
  AFTER INSERT OR DELETE OR UPDATE OF name, archived_at ON teams
  FOR EACH ROW EXECUTE FUNCTION report_snapshots_forget();
--> statement-breakpoint
CREATE TRIGGER team_members_report_snapshots
  AFTER INSERT OR DELETE OR UPDATE ON team_members
  FOR EACH ROW EXECUTE FUNCTION report_snapshots_forget();
