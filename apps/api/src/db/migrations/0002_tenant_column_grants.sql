-- Platform-wide facts about a person are not a company's to change: a member of A may also belong
-- to B, and platform_admin opens every company's administration. Tenant requests (app_rls) may
-- only touch the columns their use cases need.
REVOKE UPDATE ON users FROM app_rls;
--> statement-breakpoint
GRANT UPDATE (name, phone, updated_at) ON users TO app_rls;
--> statement-breakpoint
DROP POLICY users_insert_under_company ON users;
--> statement-breakpoint
CREATE POLICY users_insert_under_company ON users FOR INSERT WITH CHECK (
  nullif(current_setting('app.company_id', true), '') IS NOT NULL AND NOT platform_admin
);
--> statement-breakpoint
-- A company may end the sessions opened in it, nothing more: no re-pointing, no new sessions.
REVOKE INSERT, UPDATE, DELETE ON sessions FROM app_rls;
--> statement-breakpoint
GRANT UPDATE (revoked_at) ON sessions TO app_rls;
