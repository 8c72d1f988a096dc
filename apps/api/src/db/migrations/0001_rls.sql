-- Wall 3 of tenant isolation: row-level security, on PGlite and PostgreSQL alike.
-- Requests run as the NOLOGIN role app_rls (no BYPASSRLS) inside withTenant(); superusers bypass
-- RLS, so switching to app_rls is what makes the policies hold on a superuser connection too.
-- Roles are shared by every database of a server: migrations of two databases at once (parallel
-- test files, two deployments on one server) may both try to create it; the second one is fine.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'app_rls') THEN
    CREATE ROLE app_rls NOLOGIN;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  RAISE NOTICE 'app_rls was created concurrently';
END
$$;
--> statement-breakpoint
DO $$
BEGIN
  -- The connecting role must be able to SET ROLE app_rls (a superuser can already).
  EXECUTE format('GRANT app_rls TO %I', current_user);
EXCEPTION WHEN insufficient_privilege OR invalid_grant_operation OR unique_violation THEN
  RAISE NOTICE 'could not grant app_rls to %: grant it manually', current_user;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO app_rls;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO app_rls;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO app_rls;
--> statement-breakpoint
-- Platform jobs (sign-in, creating a company, migrations of data) use the named escape hatch
-- withSystem(): it sets app.system = on for one transaction while running as the owner role.
-- app_rls can never use these policies, whatever it sets.
CREATE OR REPLACE FUNCTION app_platform_policy(tbl regclass) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
  EXECUTE format(
    'CREATE POLICY platform_system ON %s TO %I USING (current_setting(''app.system'', true) = ''on'') WITH CHECK (current_setting(''app.system'', true) = ''on'')',
    tbl, current_user);
END
$fn$;
--> statement-breakpoint
-- Every tenant table: rows are visible and writable only under their own company.
CREATE OR REPLACE FUNCTION app_enable_tenant_rls(tbl regclass, key_column text DEFAULT 'company_id') RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM app_platform_policy(tbl);
  EXECUTE format(
    'CREATE POLICY tenant_isolation ON %s USING (%I = nullif(current_setting(''app.company_id'', true), '''')::uuid) WITH CHECK (%I = nullif(current_setting(''app.company_id'', true), '''')::uuid)',
    tbl, key_column, key_column);
END
$fn$;
--> statement-breakpoint
SELECT app_enable_tenant_rls('companies', 'id');
--> statement-breakpoint
SELECT app_enable_tenant_rls('regions');
--> statement-breakpoint
SELECT app_enable_tenant_rls('estates');
--> statement-breakpoint
SELECT app_enable_tenant_rls('memberships');
--> statement-breakpoint
SELECT app_enable_tenant_rls('membership_estates');
--> statement-breakpoint
SELECT app_enable_tenant_rls('audit_log');
--> statement-breakpoint
SELECT app_enable_tenant_rls('idempotency_keys');
--> statement-breakpoint
-- Auth tables: tenant requests see none of these rows.
SELECT app_platform_policy('sessions');
--> statement-breakpoint
SELECT app_platform_policy('login_throttle');
--> statement-breakpoint
-- Users are people, reached through memberships: under a company, only its members are visible.
SELECT app_platform_policy('users');
--> statement-breakpoint
CREATE POLICY users_of_company ON users FOR SELECT USING (
  EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = users.id)
);
--> statement-breakpoint
CREATE POLICY users_update_of_company ON users FOR UPDATE USING (
  EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = users.id)
);
--> statement-breakpoint
-- A company admin creates a user and then its membership in the same transaction.
CREATE POLICY users_insert_under_company ON users FOR INSERT WITH CHECK (
  nullif(current_setting('app.company_id', true), '') IS NOT NULL
);
--> statement-breakpoint
-- A company may see and revoke the sessions opened in it (deactivating a user ends them).
CREATE POLICY sessions_of_company ON sessions FOR SELECT USING (
  company_id = nullif(current_setting('app.company_id', true), '')::uuid
);
--> statement-breakpoint
CREATE POLICY sessions_revoke_in_company ON sessions FOR UPDATE USING (
  company_id = nullif(current_setting('app.company_id', true), '')::uuid
);
