-- teams.member_count follows team_members: every statement that adds, removes or moves team
-- members adjusts the counts of the teams it touched (statement-level, so a bulk insert makes
-- one update per team). Listing teams then reads one row per team instead of counting members.
CREATE OR REPLACE FUNCTION team_members_count() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    UPDATE teams t SET member_count = t.member_count - d.n
    FROM (SELECT team_id, count(*)::int AS n FROM removed GROUP BY team_id) d
    WHERE t.id = d.team_id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE teams t SET member_count = t.member_count + d.n
    FROM (SELECT team_id, count(*)::int AS n FROM added GROUP BY team_id) d
    WHERE t.id = d.team_id;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER team_members_count_insert
  AFTER INSERT ON team_members REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION team_members_count();
--> statement-breakpoint
CREATE TRIGGER team_members_count_delete
  AFTER DELETE ON team_members REFERENCING OLD TABLE AS removed
  FOR EACH STATEMENT EXECUTE FUNCTION team_members_count();
--> statement-breakpoint
CREATE TRIGGER team_members_count_update
  AFTER UPDATE ON team_members REFERENCING OLD TABLE AS removed NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION team_members_count();
--> statement-breakpoint
UPDATE teams t SET member_count = (SELECT count(*) FROM team_members tm WHERE tm.team_id = t.id);
