CREATE TABLE "work_order_counts" (
	"company_id" uuid NOT NULL,
	"estate_id" uuid NOT NULL,
	"status" text NOT NULL,
	"kind" text NOT NULL,
	"category" text NOT NULL,
	"breached" boolean NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "work_order_counts_company_id_estate_id_status_kind_category_breached_pk" PRIMARY KEY("company_id","estate_id","status","kind","category","breached")
);
--> statement-breakpoint
ALTER TABLE "work_order_counts" ADD CONSTRAINT "work_order_counts_company_id_estate_id_estates_company_id_id_fk" FOREIGN KEY ("company_id","estate_id") REFERENCES "public"."estates"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
SELECT app_enable_tenant_rls('work_order_counts');
--> statement-breakpoint
-- Adds the count changes of one statement on work_orders: +1 per new row, -1 per old row, summed by
-- key and applied in key order (so two writers lock counter rows in the same order and never
-- deadlock). A count back to 0 keeps its row (the key is likely to come back).
CREATE OR REPLACE FUNCTION app_work_order_counts_after_write() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO work_order_counts AS c (company_id, estate_id, status, kind, category, breached, n)
    SELECT company_id, estate_id, status, kind, category, breached, count(*)
    FROM new_rows GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (company_id, estate_id, status, kind, category, breached) DO UPDATE SET n = c.n + excluded.n;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE work_order_counts c SET n = c.n - d.n
    FROM (SELECT company_id, estate_id, status, kind, category, breached, count(*) AS n
          FROM old_rows GROUP BY 1, 2, 3, 4, 5, 6) d
    WHERE (c.company_id, c.estate_id, c.status, c.kind, c.category, c.breached)
        = (d.company_id, d.estate_id, d.status, d.kind, d.category, d.breached);
  ELSE
    INSERT INTO work_order_counts AS c (company_id, estate_id, status, kind, category, breached, n)
    SELECT company_id, estate_id, status, kind, category, breached, sum(delta)
    FROM (
      SELECT company_id, estate_id, status, kind, category, breached, 1 AS delta FROM new_rows
      UNION ALL
      SELECT company_id, estate_id, status, kind, category, breached, -1 FROM old_rows
    ) d
    GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(delta) <> 0 ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (company_id, estate_id, status, kind, category, breached) DO UPDATE SET n = c.n + excluded.n;
  END IF;
  RETURN NULL;
END
$fn$;
--> statement-breakpoint
CREATE TRIGGER work_orders_counts_insert AFTER INSERT ON work_orders
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION app_work_order_counts_after_write();
--> statement-breakpoint
CREATE TRIGGER work_orders_counts_update AFTER UPDATE ON work_orders
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION app_work_order_counts_after_write();
--> statement-breakpoint
CREATE TRIGGER work_orders_counts_delete AFTER DELETE ON work_orders
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION app_work_order_counts_after_write();
--> statement-breakpoint
-- The orders already on file (as the platform: row-level security is forced on both tables).
SELECT set_config('app.system', 'on', true);
--> statement-breakpoint
INSERT INTO work_order_counts (company_id, estate_id, status, kind, category, breached, n)
SELECT company_id, estate_id, status, kind, category, breached, count(*)
FROM work_orders GROUP BY 1, 2, 3, 4, 5, 6;
--> statement-breakpoint
SELECT set_config('app.system', '', true);
