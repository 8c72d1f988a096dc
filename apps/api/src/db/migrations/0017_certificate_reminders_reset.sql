-- staff_certificates.reminded_days records the expiry reminders already sent for a certificate
-- (30, 7 days before: the staffing job `staffing.certificate-reminders`). They belong to one expiry
-- day: when a certificate is renewed (its expires_on changes) the record no longer applies, and is
-- emptied here, by whatever code path writes the row, so the renewed certificate is reminded of in
-- its turn. A writer that sets reminded_days itself in the same UPDATE keeps what it set.
CREATE OR REPLACE FUNCTION app_reset_certificate_reminders() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF NEW.expires_on IS DISTINCT FROM OLD.expires_on AND NEW.reminded_days = OLD.reminded_days THEN
    NEW.reminded_days := '{}';
  END IF;
  RETURN NEW;
END
$fn$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS staff_certificates_reset_reminders ON staff_certificates;
--> statement-breakpoint
CREATE TRIGGER staff_certificates_reset_reminders BEFORE UPDATE ON staff_certificates
  FOR EACH ROW EXECUTE FUNCTION app_reset_certificate_reminders();
