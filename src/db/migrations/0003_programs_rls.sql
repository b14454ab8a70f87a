-- Row-level security for the program tables (issue 4), exactly as 0001_rls.sql does for the
-- foundation's: tandem_app sees only the organization in app.org_id; the migrating role keeps
-- system access for jobs and set-up.
GRANT SELECT, INSERT, UPDATE, DELETE ON skills, programs, program_managers, program_skills,
  participant_profiles, enrollments, training_modules, training_completions, matching_rounds, pairs,
  notifications TO tandem_app;
--> statement-breakpoint
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['skills', 'programs', 'program_managers', 'program_skills', 'participant_profiles',
    'enrollments', 'training_modules', 'training_completions', 'matching_rounds', 'pairs', 'notifications'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I TO tandem_app
         USING (org_id = NULLIF(current_setting(''app.org_id'', true), '''')::uuid)
         WITH CHECK (org_id = NULLIF(current_setting(''app.org_id'', true), '''')::uuid)', t);
    EXECUTE format('CREATE POLICY system_access ON %I TO %I USING (true) WITH CHECK (true)', t, current_user);
  END LOOP;
END $$;
--> statement-breakpoint
ALTER TABLE programs ADD CONSTRAINT programs_status_check
  CHECK (status IN ('draft', 'enrolling', 'matching', 'active', 'closed'));
--> statement-breakpoint
ALTER TABLE programs ADD CONSTRAINT programs_dates_check CHECK (end_date > start_date);
--> statement-breakpoint
ALTER TABLE enrollments ADD CONSTRAINT enrollments_status_check
  CHECK (status IN ('invited', 'applied', 'approved', 'declined', 'withdrawn'));
--> statement-breakpoint
ALTER TABLE pairs ADD CONSTRAINT pairs_status_check
  CHECK (status IN ('proposed', 'offered', 'active', 'declined', 'expired', 'ended'));
--> statement-breakpoint
-- A person is in at most one live pair per program as mentee (mentors may have several mentees).
CREATE UNIQUE INDEX pairs_live_mentee ON pairs (program_id, mentee_enrollment_id)
  WHERE status IN ('offered', 'active');
--> statement-breakpoint
CREATE UNIQUE INDEX pairs_proposed_mentee ON pairs (round_id, mentee_enrollment_id) WHERE status = 'proposed';
