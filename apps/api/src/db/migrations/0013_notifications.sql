CREATE TABLE "notifications" (
	"company_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"title" text NOT NULL,
	"body" text,
	"link" text,
	"once_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	CONSTRAINT "notifications_company_id_id_pk" PRIMARY KEY("company_id","id")
);
--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "figure_reminder_day" integer DEFAULT 5;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_once_key" ON "notifications" USING btree ("company_id","user_id","once_key");--> statement-breakpoint
CREATE INDEX "notifications_recipient_idx" ON "notifications" USING btree ("company_id","user_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "notifications_unread_idx" ON "notifications" USING btree ("company_id","user_id") WHERE read_at is null;--> statement-breakpoint
ALTER TABLE "companies" ADD CONSTRAINT "companies_figure_reminder_day_check" CHECK ("companies"."figure_reminder_day" between 1 and 28);--> statement-breakpoint
-- Row-level security for notifications (see 0001_rls.sql); their recipient is checked by the service.
SELECT app_enable_tenant_rls('notifications');
--> statement-breakpoint
-- A notification is written once and then only marked read.
REVOKE UPDATE ON notifications FROM app_rls;
--> statement-breakpoint
GRANT UPDATE (read_at) ON notifications TO app_rls;
--> statement-breakpoint
-- The company admin sets the reminder day (companies stays otherwise closed to tenants, see 0006).
GRANT UPDATE (figure_reminder_day) ON companies TO app_rls;
