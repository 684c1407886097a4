-- Changes to people and teams no longer delete an organisation's report snapshots: they raise its
-- report generation. A snapshot keeps the generation read before it was computed and is served
-- only while that is still the organisation's, so totals computed across a change (which the
-- deleting trigger let a slow computation save afterwards) are never served.
CREATE OR REPLACE FUNCTION report_snapshots_forget() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  org uuid;
BEGIN
  FOR org IN
    SELECT DISTINCT o FROM unnest(ARRAY[
      CASE WHEN TG_OP IN ('DELETE', 'UPDATE') THEN OLD.organisation_id END,
      CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN NEW.organisation_id END
    ]) AS o WHERE o IS NOT NULL
  LOOP
    -- An organisation being deleted takes its rows with it: nothing to raise.
    INSERT INTO report_generations (organisation_id, generation)
      SELECT id, 1 FROM organisations WHERE id = org
    ON CONFLICT (organisation_id)
      DO UPDATE SET generation = report_generations.generation + 1;
  END LOOP;
  RETURN NULL;
END;
$$;
