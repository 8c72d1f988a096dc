-- The trail of who changed what is the change log; "audit" means the quality audit of an estate.
-- Renaming keeps the table's grants and its row-level security (enabled, forced, and the
-- tenant_isolation and platform_system policies), which belong to the table, not to its name.
ALTER TABLE "audit_log" RENAME TO "change_log";
--> statement-breakpoint
ALTER TABLE "change_log" RENAME CONSTRAINT "audit_log_company_id_id_pk" TO "change_log_company_id_id_pk";
--> statement-breakpoint
ALTER TABLE "change_log" RENAME CONSTRAINT "audit_log_company_id_companies_id_fk" TO "change_log_company_id_companies_id_fk";
--> statement-breakpoint
ALTER INDEX "audit_log_company_subject_idx" RENAME TO "change_log_company_subject_idx";
--> statement-breakpoint
ALTER INDEX "audit_log_company_at_idx" RENAME TO "change_log_company_at_idx";
