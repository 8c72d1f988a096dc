CREATE TABLE "figure_period_sums" (
	"company_id" uuid NOT NULL,
	"estate_id" uuid NOT NULL,
	"period" text NOT NULL,
	"sums" text NOT NULL,
	"version" bigint NOT NULL,
	CONSTRAINT "figure_period_sums_company_id_period_estate_id_pk" PRIMARY KEY("company_id","period","estate_id")
);
--> statement-breakpoint
ALTER TABLE "figure_period_sums" ADD CONSTRAINT "figure_period_sums_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "figure_period_sums" ADD CONSTRAINT "figure_period_sums_company_id_estate_id_estates_company_id_id_fk" FOREIGN KEY ("company_id","estate_id") REFERENCES "public"."estates"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "monthly_figures_effective_estate_idx" ON "monthly_figures" USING btree ("company_id","estate_id","month") WHERE effective;--> statement-breakpoint
SELECT app_enable_tenant_rls('figure_period_sums');
--> statement-breakpoint
-- Every rewrite of a row takes a new number, so a reader that holds a row's sums knows them current
-- exactly when the number is unchanged (even for two rewrites in one transaction).
CREATE SEQUENCE figure_period_sums_version_seq;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE figure_period_sums_version_seq TO app_rls;
--> statement-breakpoint
-- The periods a month feeds (the month, its quarter, half and year), with their first and last month.
CREATE OR REPLACE FUNCTION app_periods_of_month(m text) RETURNS TABLE (period text, first_month text, last_month text)
LANGUAGE sql IMMUTABLE AS $fn$
  SELECT p.period, p.first_month, p.last_month
  FROM (SELECT substr(m, 1, 4) AS y, substr(m, 6, 2)::int AS mm) d
  CROSS JOIN LATERAL (VALUES
    (m, m, m),
    (d.y || '-Q' || ((d.mm + 2) / 3), d.y || '-' || lpad((((d.mm + 2) / 3) * 3 - 2)::text, 2, '0'), d.y || '-' || lpad((((d.mm + 2) / 3) * 3)::text, 2, '0')),
    (d.y || '-H' || ((d.mm + 5) / 6), d.y || '-' || lpad((((d.mm + 5) / 6) * 6 - 5)::text, 2, '0'), d.y || '-' || lpad((((d.mm + 5) / 6) * 6)::text, 2, '0')),
    (d.y, d.y || '-01', d.y || '-12')
  ) AS p(period, first_month, last_month)
$fn$;
--> statement-breakpoint
-- The read-model rows the given estate-months feed: every period of each month, once.
CREATE OR REPLACE FUNCTION app_sums_keys(p_companies uuid[], p_estates uuid[], p_months text[])
RETURNS TABLE (company_id uuid, estate_id uuid, period text, first_month text, last_month text)
LANGUAGE sql IMMUTABLE AS $fn$
  SELECT DISTINCT t.company_id, t.estate_id, p.period, p.first_month, p.last_month
  FROM unnest(p_companies, p_estates, p_months) AS t(company_id, estate_id, month)
  CROSS JOIN LATERAL app_periods_of_month(t.month) p
$fn$;
--> statement-breakpoint
-- The read-model text of one estate and month range, `[[code, numerator, denominator, months,
-- lastNumerator], …]` by code (null without figures): the one definition the triggers, the backfill
-- and the drift check (figures.read-model.ts) share, so that rows in step compare equal as text.
CREATE OR REPLACE FUNCTION app_figure_sums(p_company uuid, p_estate uuid, p_first text, p_last text) RETURNS text
LANGUAGE sql STABLE AS $fn$
  SELECT json_agg(json_build_array(g.indicator_code, g.num, g.den, g.months, g.last_num) ORDER BY g.indicator_code)::text
  FROM (
    SELECT f.indicator_code, sum(f.numerator) AS num, coalesce(sum(f.denominator), 0) AS den, count(*) AS months,
           -- The latest month's numerator (months sort as text; float8 prints exactly).
           split_part(max((f.month || ' ' || f.numerator::text) COLLATE "C"), ' ', 2)::float8 AS last_num
    FROM monthly_figures f
    WHERE f.company_id = p_company AND f.estate_id = p_estate AND f.effective
      AND f.month >= p_first AND f.month <= p_last
    GROUP BY f.indicator_code
  ) g
$fn$;
--> statement-breakpoint
-- Rewrites the read-model rows of the given estate-months' periods from the effective figures.
-- Each row is locked (row locks, in one fixed order, so two writers never deadlock; advisory locks
-- would fill the shared lock table on a bulk import) before its figures are read: a second writer
-- of the same estate and period waits for the first to commit, and its next statement then sees
-- both changes (READ COMMITTED), so no concurrent write is ever lost.
CREATE OR REPLACE FUNCTION app_refresh_figure_period_sums(p_companies uuid[], p_estates uuid[], p_months text[])
RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  IF p_companies IS NULL THEN RETURN; END IF;
  -- A row for every key, so that there is a row to lock.
  INSERT INTO figure_period_sums (company_id, estate_id, period, sums, version)
  SELECT k.company_id, k.estate_id, k.period, '[]', 0 FROM app_sums_keys(p_companies, p_estates, p_months) k
  ORDER BY 1, 2, 3
  ON CONFLICT DO NOTHING;
  PERFORM 1 FROM figure_period_sums s
  JOIN app_sums_keys(p_companies, p_estates, p_months) k ON s.company_id = k.company_id AND s.estate_id = k.estate_id AND s.period = k.period
  ORDER BY s.company_id, s.estate_id, s.period
  FOR UPDATE OF s;
  UPDATE figure_period_sums s
  SET sums = coalesce(app_figure_sums(k.company_id, k.estate_id, k.first_month, k.last_month), '[]'),
      version = nextval('figure_period_sums_version_seq')
  FROM app_sums_keys(p_companies, p_estates, p_months) k
  WHERE s.company_id = k.company_id AND s.estate_id = k.estate_id AND s.period = k.period;
  -- Periods left with no figure have no row.
  DELETE FROM figure_period_sums s USING app_sums_keys(p_companies, p_estates, p_months) k
  WHERE s.company_id = k.company_id AND s.estate_id = k.estate_id AND s.period = k.period AND s.sums = '[]';
  -- The months whose approved figures changed, for the one write helper: cached answers about
  -- other months stay valid (see DataVersions).
  PERFORM set_config('app.figure_months_changed',
    concat_ws(',', nullif(current_setting('app.figure_months_changed', true), ''),
      (SELECT string_agg(DISTINCT m, ',') FROM unnest(p_months) AS m)), true);
END
$fn$;
--> statement-breakpoint
-- One function for the three statement triggers: the estate-months whose effective figures a
-- statement wrote, added or took away (each trigger has only the transition tables of its event, and
-- PL/pgSQL plans a branch only when it runs).
CREATE OR REPLACE FUNCTION app_figure_sums_after_write() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM app_refresh_figure_period_sums(array_agg(k.company_id), array_agg(k.estate_id), array_agg(k.month))
    FROM (SELECT DISTINCT company_id, estate_id, month FROM new_rows WHERE effective) k;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM app_refresh_figure_period_sums(array_agg(k.company_id), array_agg(k.estate_id), array_agg(k.month))
    FROM (SELECT DISTINCT company_id, estate_id, month FROM old_rows WHERE effective) k;
  ELSE
    PERFORM app_refresh_figure_period_sums(array_agg(k.company_id), array_agg(k.estate_id), array_agg(k.month))
    FROM (
      SELECT company_id, estate_id, month FROM new_rows WHERE effective
      UNION
      SELECT company_id, estate_id, month FROM old_rows WHERE effective
    ) k;
  END IF;
  RETURN NULL;
END
$fn$;
--> statement-breakpoint
CREATE TRIGGER monthly_figures_sums_insert AFTER INSERT ON monthly_figures
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION app_figure_sums_after_write();
--> statement-breakpoint
CREATE TRIGGER monthly_figures_sums_update AFTER UPDATE ON monthly_figures
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION app_figure_sums_after_write();
--> statement-breakpoint
CREATE TRIGGER monthly_figures_sums_delete AFTER DELETE ON monthly_figures
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION app_figure_sums_after_write();
--> statement-breakpoint
-- Approved figures now mark their months (above), not the whole company: a draft changes nothing
-- a cached answer reads.
DROP TRIGGER IF EXISTS monthly_figures_cached_data ON monthly_figures;
--> statement-breakpoint
-- The figures already on file (as the platform: row-level security is forced on both tables).
SELECT set_config('app.system', 'on', true);
--> statement-breakpoint
INSERT INTO figure_period_sums (company_id, estate_id, period, sums, version)
SELECT k.company_id, k.estate_id, k.period,
       app_figure_sums(k.company_id, k.estate_id, k.first_month, k.last_month),
       nextval('figure_period_sums_version_seq')
FROM (
  SELECT DISTINCT f.company_id, f.estate_id, p.period, p.first_month, p.last_month
  FROM monthly_figures f CROSS JOIN LATERAL app_periods_of_month(f.month) p
  WHERE f.effective
) k;
--> statement-breakpoint
SELECT set_config('app.system', '', true);
