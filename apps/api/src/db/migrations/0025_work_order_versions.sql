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
-- Moves the version of every estate whose work orders a transaction wrote (cached boards and lists
-- of those estates are then stale), whatever code wrote. The statement triggers only note the
-- estates (one row per transaction and estate); the version row itself is moved by a deferred
-- trigger at commit, so writers of one estate queue on it only while they commit, never for the
-- rest of their transaction (a completion recomputes the estate's figures before it commits).
CREATE TABLE work_order_version_bumps (
  txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  company_id uuid NOT NULL,
  estate_id uuid NOT NULL,
  PRIMARY KEY (txid, company_id, estate_id)
);
--> statement-breakpoint
SELECT app_enable_tenant_rls('work_order_version_bumps');
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_work_order_versions_after_write() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO work_order_version_bumps (company_id, estate_id)
    SELECT DISTINCT company_id, estate_id FROM old_rows ON CONFLICT DO NOTHING;
  ELSIF TG_OP = 'INSERT' THEN
    INSERT INTO work_order_version_bumps (company_id, estate_id)
    SELECT DISTINCT company_id, estate_id FROM new_rows ON CONFLICT DO NOTHING;
  ELSE
    INSERT INTO work_order_version_bumps (company_id, estate_id)
    SELECT company_id, estate_id FROM new_rows UNION SELECT company_id, estate_id FROM old_rows
    ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END
$fn$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_work_order_version_bump() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  INSERT INTO work_order_versions AS v (company_id, estate_id, version)
  VALUES (NEW.company_id, NEW.estate_id, 1)
  ON CONFLICT (company_id, estate_id) DO UPDATE SET version = v.version + 1;
  DELETE FROM work_order_version_bumps
  WHERE txid = NEW.txid AND company_id = NEW.company_id AND estate_id = NEW.estate_id;
  RETURN NULL;
END
$fn$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER work_order_version_bumps_at_commit AFTER INSERT ON work_order_version_bumps
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION app_work_order_version_bump();
--> statement-breakpoint
CREATE TRIGGER work_orders_versions_insert AFTER INSERT ON work_orders
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION app_work_order_versions_after_write();
--> statement-breakpoint
CREATE TRIGGER work_orders_versions_update AFTER UPDATE ON work_orders
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION app_work_order_versions_after_write();
--> statement-breakpoint
CREATE TRIGGER work_orders_versions_delete AFTER DELETE ON work_orders
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION app_work_order_versions_after_write();
