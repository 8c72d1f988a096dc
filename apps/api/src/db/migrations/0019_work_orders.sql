CREATE TABLE "work_order_commitments" (
	"company_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"effective_from" timestamp with time zone NOT NULL,
	"dispatch_minutes_minor" integer NOT NULL,
	"dispatch_minutes_urgent" integer NOT NULL,
	"arrive_minutes_minor" integer NOT NULL,
	"arrive_minutes_urgent" integer NOT NULL,
	"complete_minutes_minor" integer NOT NULL,
	"urgent_same_day" boolean NOT NULL,
	"complete_minutes_urgent" integer NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "work_order_commitments_company_id_id_pk" PRIMARY KEY("company_id","id")
);
--> statement-breakpoint
CREATE TABLE "work_orders" (
	"company_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"estate_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"location_kind" text NOT NULL,
	"location" text NOT NULL,
	"location_key" text NOT NULL,
	"category" text NOT NULL,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"channel" text NOT NULL,
	"reporter_name" text,
	"reporter_phone" text,
	"department_id" uuid,
	"assignee_user_id" uuid,
	"photo_file_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"completion_photo_file_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"status" text DEFAULT 'NEW' NOT NULL,
	"reported_at" timestamp with time zone NOT NULL,
	"dispatched_at" timestamp with time zone,
	"dispatched_by" uuid,
	"arrived_at" timestamp with time zone,
	"arrive_note" text,
	"completed_at" timestamp with time zone,
	"completed_by" uuid,
	"completion_note" text,
	"quality_passed" boolean,
	"called_back_at" timestamp with time zone,
	"called_back_by" uuid,
	"satisfaction" text,
	"callback_note" text,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"close_note" text,
	"dispatch_due_at" timestamp with time zone NOT NULL,
	"arrive_due_at" timestamp with time zone NOT NULL,
	"complete_due_at" timestamp with time zone NOT NULL,
	"dispatch_breached_at" timestamp with time zone,
	"arrive_breached_at" timestamp with time zone,
	"complete_breached_at" timestamp with time zone,
	"breached" boolean DEFAULT false NOT NULL,
	"rework_of_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "work_orders_company_id_id_pk" PRIMARY KEY("company_id","id")
);
--> statement-breakpoint
ALTER TABLE "work_order_commitments" ADD CONSTRAINT "work_order_commitments_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_orders" ADD CONSTRAINT "work_orders_company_id_estate_id_estates_company_id_id_fk" FOREIGN KEY ("company_id","estate_id") REFERENCES "public"."estates"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_orders" ADD CONSTRAINT "work_orders_company_id_department_id_departments_company_id_id_fk" FOREIGN KEY ("company_id","department_id") REFERENCES "public"."departments"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_orders" ADD CONSTRAINT "work_orders_company_id_rework_of_id_work_orders_company_id_id_fk" FOREIGN KEY ("company_id","rework_of_id") REFERENCES "public"."work_orders"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "work_order_commitments_effective_key" ON "work_order_commitments" USING btree ("company_id","effective_from");--> statement-breakpoint
CREATE UNIQUE INDEX "work_orders_number_key" ON "work_orders" USING btree ("company_id","estate_id","number");--> statement-breakpoint
CREATE INDEX "work_orders_estate_reported_idx" ON "work_orders" USING btree ("company_id","estate_id","reported_at","id");--> statement-breakpoint
CREATE INDEX "work_orders_estate_status_idx" ON "work_orders" USING btree ("company_id","estate_id","status","reported_at","id");--> statement-breakpoint
CREATE INDEX "work_orders_assignee_idx" ON "work_orders" USING btree ("company_id","assignee_user_id","status");--> statement-breakpoint
CREATE INDEX "work_orders_rework_idx" ON "work_orders" USING btree ("company_id","estate_id","category","location_key","completed_at");--> statement-breakpoint
CREATE INDEX "work_orders_dispatch_due_idx" ON "work_orders" USING btree ("dispatch_due_at","company_id") WHERE status = 'NEW' and dispatch_breached_at is null;--> statement-breakpoint
CREATE INDEX "work_orders_arrive_due_idx" ON "work_orders" USING btree ("arrive_due_at","company_id") WHERE status in ('NEW', 'DISPATCHED') and arrive_breached_at is null;--> statement-breakpoint
CREATE INDEX "work_orders_complete_due_idx" ON "work_orders" USING btree ("complete_due_at","company_id") WHERE status in ('NEW', 'DISPATCHED', 'ON_SITE') and complete_breached_at is null;--> statement-breakpoint
-- Row-level security for work orders and the service commitments (see 0001_rls.sql).
SELECT app_enable_tenant_rls('work_orders');
--> statement-breakpoint
SELECT app_enable_tenant_rls('work_order_commitments');
