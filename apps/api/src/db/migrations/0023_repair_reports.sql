CREATE TABLE "estate_repair_links" (
	"company_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"estate_id" uuid NOT NULL,
	"token" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"rotated_at" timestamp with time zone,
	"rotated_by" uuid,
	CONSTRAINT "estate_repair_links_company_id_id_pk" PRIMARY KEY("company_id","id")
);
--> statement-breakpoint
CREATE TABLE "repair_reports" (
	"company_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"estate_id" uuid NOT NULL,
	"work_order_id" uuid NOT NULL,
	"tracking_token_hash" text NOT NULL,
	"rating" integer,
	"rating_comment" text,
	"rated_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "repair_reports_company_id_id_pk" PRIMARY KEY("company_id","id")
);
--> statement-breakpoint
ALTER TABLE "estate_repair_links" ADD CONSTRAINT "estate_repair_links_company_id_estate_id_estates_company_id_id_fk" FOREIGN KEY ("company_id","estate_id") REFERENCES "public"."estates"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "repair_reports" ADD CONSTRAINT "repair_reports_company_id_estate_id_estates_company_id_id_fk" FOREIGN KEY ("company_id","estate_id") REFERENCES "public"."estates"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "repair_reports" ADD CONSTRAINT "repair_reports_company_id_work_order_id_work_orders_company_id_id_fk" FOREIGN KEY ("company_id","work_order_id") REFERENCES "public"."work_orders"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "estate_repair_links_estate_key" ON "estate_repair_links" USING btree ("company_id","estate_id");--> statement-breakpoint
CREATE UNIQUE INDEX "estate_repair_links_token_key" ON "estate_repair_links" USING btree ("token");--> statement-breakpoint
CREATE UNIQUE INDEX "repair_reports_work_order_key" ON "repair_reports" USING btree ("company_id","work_order_id");--> statement-breakpoint
CREATE UNIQUE INDEX "repair_reports_tracking_key" ON "repair_reports" USING btree ("tracking_token_hash");--> statement-breakpoint
CREATE INDEX "repair_reports_estate_idx" ON "repair_reports" USING btree ("company_id","estate_id","created_at");--> statement-breakpoint
CREATE INDEX "work_orders_estate_completed_idx" ON "work_orders" USING btree ("company_id","estate_id","completed_at");--> statement-breakpoint
SELECT app_enable_tenant_rls('estate_repair_links');
--> statement-breakpoint
SELECT app_enable_tenant_rls('repair_reports');
