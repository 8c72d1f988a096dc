-- Cached comparison answers are built from these tables. Any write to them, by any code path
-- (a use case, an import, a recompute, raw SQL), marks its transaction; the one write helper
-- reads the mark before commit and moves the company's data version after it. Nothing to forget.
CREATE OR REPLACE FUNCTION app_mark_cached_data_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM set_config('app.cached_data_changed', 'on', true);
  RETURN NULL;
END
$fn$;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['monthly_figures', 'indicator_targets', 'indicator_presets', 'custom_indicators', 'estates', 'regions', 'companies'] LOOP
    EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', t || '_cached_data', t);
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH STATEMENT EXECUTE FUNCTION app_mark_cached_data_changed()',
      t || '_cached_data', t);
  END LOOP;
END
$$;
