-- Outcome figures are kept as snapshots (src/app/outcomes/figure-snapshots.ts) so that a
-- dashboard over 100,000 people answers from one row instead of recomputing a year of data.
-- A snapshot is fresh while no transaction that changed the figures' inputs in its
-- organization has committed since it was computed. Triggers note those transactions here,
-- one row per (transaction, organization); the snapshot keeps the pg_snapshot it was computed
-- under, so "committed since" is pg_visible_in_snapshot, exact even when transactions commit
-- out of id order and with several app servers on one PostgreSQL.
CREATE TABLE "outcome_changes" (
  "id" bigserial PRIMARY KEY NOT NULL,
  "org_id" uuid NOT NULL REFERENCES "organizations"("id") ON DELETE CASCADE,
  "xid" xid8 NOT NULL DEFAULT pg_current_xact_id(),
  "changed_at" timestamp with time zone NOT NULL DEFAULT clock_timestamp()
);
--> statement-breakpoint
CREATE INDEX "outcome_changes_org_xid" ON "outcome_changes" ("org_id", "xid");
--> statement-breakpoint
CREATE INDEX "outcome_changes_changed_at" ON "outcome_changes" ("changed_at");
--> statement-breakpoint
CREATE TABLE "outcome_snapshots" (
  "org_id" uuid NOT NULL REFERENCES "organizations"("id") ON DELETE CASCADE,
  -- sha-256 of the sorted program ids: a cross-program scope can name 100 programs.
  "scope_key" text NOT NULL,
  "program_ids" uuid[] NOT NULL,
  "figure" text NOT NULL,
  -- The app's "today" the figure was computed for: at-risk pairs and retention depend on it.
  "as_of_day" date NOT NULL,
  "data" jsonb NOT NULL,
  "snap" pg_snapshot NOT NULL,
  "computed_at" timestamp with time zone NOT NULL,
  "compute_ms" integer NOT NULL,
  CONSTRAINT "outcome_snapshots_pk" PRIMARY KEY ("org_id", "scope_key", "figure")
);
--> statement-breakpoint
CREATE INDEX "outcome_snapshots_computed_at" ON "outcome_snapshots" ("computed_at");
--> statement-breakpoint
-- Runs as whoever wrote (the app role under RLS, or the owner in system transactions); the
-- transition table gives the organizations the statement touched.
CREATE FUNCTION note_outcome_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO outcome_changes (org_id)
  SELECT DISTINCT c.org_id FROM changed c
  WHERE NOT EXISTS (SELECT 1 FROM outcome_changes o WHERE o.org_id = c.org_id AND o.xid = pg_current_xact_id());
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Every table an outcome figure reads (src/app/outcomes/load-*.ts).
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['programs', 'people', 'skills', 'enrollments', 'training_modules', 'training_completions', 'pairs',
    'agreement_versions', 'goals', 'meetings', 'skill_checkins', 'survey_responses'] LOOP
    EXECUTE format('CREATE TRIGGER outcome_change_ins AFTER INSERT ON %I REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION note_outcome_change()', t);
    EXECUTE format('CREATE TRIGGER outcome_change_upd AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION note_outcome_change()', t);
    EXECUTE format('CREATE TRIGGER outcome_change_del AFTER DELETE ON %I REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION note_outcome_change()', t);
  END LOOP;
END $$;
--> statement-breakpoint
-- UPDATE only for the row locks of the prune (FOR UPDATE SKIP LOCKED); nothing updates a note.
GRANT SELECT, INSERT, UPDATE, DELETE ON outcome_changes TO tandem_app;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE outcome_changes_id_seq TO tandem_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON outcome_snapshots TO tandem_app;
--> statement-breakpoint
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['outcome_changes', 'outcome_snapshots'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I TO tandem_app
         USING (org_id = NULLIF(current_setting(''app.org_id'', true), '''')::uuid)
         WITH CHECK (org_id = NULLIF(current_setting(''app.org_id'', true), '''')::uuid)', t);
    EXECUTE format('CREATE POLICY system_access ON %I TO %I USING (true) WITH CHECK (true)', t, current_user);
  END LOOP;
END $$;
