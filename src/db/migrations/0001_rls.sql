-- Tenant isolation, second line of defence: row-level security on every tenant table.
-- Tenant work runs as tandem_app (SET LOCAL ROLE) with app.org_id set per transaction
-- (src/db/client.ts). The migrating role keeps full access for sign-in look-ups and jobs.
DO $$ BEGIN
  CREATE ROLE tandem_app NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
--> statement-breakpoint
DO $$ BEGIN
  EXECUTE format('GRANT tandem_app TO %I', current_user);
END $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO tandem_app;
--> statement-breakpoint
GRANT SELECT ON organizations TO tandem_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON people, users, user_roles, sessions, invitations, emails, jobs TO tandem_app;
--> statement-breakpoint
-- The audit log is append-only for the application.
GRANT SELECT, INSERT ON audit_log TO tandem_app;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE audit_log_id_seq, jobs_id_seq TO tandem_app;
--> statement-breakpoint
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['people', 'users', 'user_roles', 'sessions', 'invitations', 'audit_log', 'emails', 'jobs'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    -- NULLIF: after a transaction ends an unset custom setting reads as '' rather than NULL.
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I TO tandem_app
         USING (org_id = NULLIF(current_setting(''app.org_id'', true), '''')::uuid)
         WITH CHECK (org_id = NULLIF(current_setting(''app.org_id'', true), '''')::uuid)', t);
    EXECUTE format('CREATE POLICY system_access ON %I TO %I USING (true) WITH CHECK (true)', t, current_user);
  END LOOP;
  ALTER TABLE organizations ENABLE ROW LEVEL SECURITY;
  ALTER TABLE organizations FORCE ROW LEVEL SECURITY;
  CREATE POLICY tenant_isolation ON organizations TO tandem_app
    USING (id = NULLIF(current_setting('app.org_id', true), '')::uuid);
  EXECUTE format('CREATE POLICY system_access ON organizations TO %I USING (true) WITH CHECK (true)', current_user);
END $$;
--> statement-breakpoint
-- The reporting line. Deferred so that a whole import can be upserted before it is checked.
ALTER TABLE people ADD CONSTRAINT people_manager_fk
  FOREIGN KEY (org_id, manager_employee_id) REFERENCES people (org_id, employee_id)
  ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED;
--> statement-breakpoint
ALTER TABLE people ADD CONSTRAINT people_status_check CHECK (status IN ('active', 'on_leave', 'departed'));
--> statement-breakpoint
ALTER TABLE user_roles ADD CONSTRAINT user_roles_role_check
  CHECK (role IN ('org_admin', 'program_manager', 'manager', 'participant'));
