CREATE TABLE "work_order_versions" (
	"company_id" uuid NOT NULL,
	"estate_id" uuid NOT NULL,
	"version" bigint NOT NULL,
	CONSTRAINT "work_order_versions_company_id_estate_id_pk" PRIMARY KEY("company_id","estate_id")
);
--> statement-breakpoint
ALTER TABLE "work_order_versions" ADD CONSTRAINT "work_order_versions_company_id_estate_id_estates_company_id_id_fk" FOREIGN KEY ("company_id","estate_id") REFERENCES "public"."estates"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
SELECT app_enable_tenant_rls('work_order_versions');
--> statement-breakpoint
-- Moves the version of every estate whose work orders a statement wrote (cached boards and lists
-- of those estates are then stale), in key order so two writers never deadlock. Each trigger has
-- only the transition tables of its event; PL/pgSQL plans a branch only when it runs.
CREATE OR REPLACE FUNCTION app_work_order_versions_after_write() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO work_order_versions AS v (company_id, estate_id, version)
    SELECT DISTINCT company_id, estate_id, 1 FROM new_rows ORDER BY 1, 2
    ON CONFLICT (company_id, estate_id) DO UPDATE SET version = v.version + 1;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO work_order_versions AS v (company_id, estate_id, version)
    SELECT DISTINCT company_id, estate_id, 1 FROM old_rows ORDER BY 1, 2
    ON CONFLICT (company_id, estate_id) DO UPDATE SET version = v.version + 1;
  ELSE
    INSERT INTO work_order_versions AS v (company_id, estate_id, version)
    SELECT company_id, estate_id, 1 FROM (SELECT company_id, estate_id FROM new_rows
                                          UNION SELECT company_id, estate_id FROM old_rows) k
    ORDER BY 1, 2
    ON CONFLICT (company_id, estate_id) DO UPDATE SET version = v.version + 1;
  END IF;
  RETURN NULL;
END
$fn$;
--> statement-breakpoint
CREATE TRIGGER work_orders_versions_insert AFTER INSERT ON work_orders
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION app_work_order_versions_after_write();
--> statement-breakpoint
CREATE TRIGGER work_orders_versions_update AFTER UPDATE ON work_orders
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION app_work_order_versions_after_write();
--> statement-breakpoint
CREATE TRIGGER work_orders_versions_delete AFTER DELETE ON work_orders
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION app_work_order_versions_after_write();
