-- Row-level security for the indicator tables (see 0001_rls.sql).
SELECT app_enable_tenant_rls('custom_indicators');
--> statement-breakpoint
SELECT app_enable_tenant_rls('indicator_presets');
--> statement-breakpoint
SELECT app_enable_tenant_rls('indicator_targets');
--> statement-breakpoint
SELECT app_enable_tenant_rls('monthly_figures');
