CREATE TABLE "community_activities" (
	"company_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"estate_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"title" text NOT NULL,
	"attendance" integer NOT NULL,
	"place" text,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "community_activities_company_id_id_pk" PRIMARY KEY("company_id","id"),
	CONSTRAINT "community_activities_attendance" CHECK ("community_activities"."attendance" >= 0)
);
--> statement-breakpoint
CREATE TABLE "special_services" (
	"company_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"estate_id" uuid NOT NULL,
	"name" text NOT NULL,
	"price_fen" bigint NOT NULL,
	"unit" text NOT NULL,
	"description" text,
	"active_from" date NOT NULL,
	"active_until" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "special_services_company_id_id_pk" PRIMARY KEY("company_id","id"),
	CONSTRAINT "special_services_dates" CHECK ("special_services"."price_fen" >= 0 and ("special_services"."active_until" is null or "special_services"."active_until" >= "special_services"."active_from"))
);
--> statement-breakpoint
CREATE TABLE "facility_checks" (
	"company_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"estate_id" uuid NOT NULL,
	"facility_class" text NOT NULL,
	"checked_on" date NOT NULL,
	"items_checked" integer NOT NULL,
	"items_intact" integer NOT NULL,
	"defects" text,
	"checker" text NOT NULL,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "facility_checks_company_id_id_pk" PRIMARY KEY("company_id","id"),
	CONSTRAINT "facility_checks_items" CHECK ("facility_checks"."items_checked" > 0 and "facility_checks"."items_intact" >= 0 and "facility_checks"."items_intact" <= "facility_checks"."items_checked")
);
--> statement-breakpoint
CREATE TABLE "fee_collections" (
	"company_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"estate_id" uuid NOT NULL,
	"month" text NOT NULL,
	"receivable_fen" bigint NOT NULL,
	"collected_fen" bigint NOT NULL,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fee_collections_company_id_id_pk" PRIMARY KEY("company_id","id"),
	CONSTRAINT "fee_collections_amounts" CHECK ("fee_collections"."receivable_fen" >= 0 and "fee_collections"."collected_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "incidents" (
	"company_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"estate_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"occurred_on" date NOT NULL,
	"place" text NOT NULL,
	"description" text NOT NULL,
	"management_caused" boolean DEFAULT false NOT NULL,
	"handling" text,
	"handled" boolean DEFAULT false NOT NULL,
	"handled_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incidents_company_id_id_pk" PRIMARY KEY("company_id","id")
);
--> statement-breakpoint
ALTER TABLE "community_activities" ADD CONSTRAINT "community_activities_company_id_estate_id_estates_company_id_id_fk" FOREIGN KEY ("company_id","estate_id") REFERENCES "public"."estates"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "special_services" ADD CONSTRAINT "special_services_company_id_estate_id_estates_company_id_id_fk" FOREIGN KEY ("company_id","estate_id") REFERENCES "public"."estates"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facility_checks" ADD CONSTRAINT "facility_checks_company_id_estate_id_estates_company_id_id_fk" FOREIGN KEY ("company_id","estate_id") REFERENCES "public"."estates"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fee_collections" ADD CONSTRAINT "fee_collections_company_id_estate_id_estates_company_id_id_fk" FOREIGN KEY ("company_id","estate_id") REFERENCES "public"."estates"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_company_id_estate_id_estates_company_id_id_fk" FOREIGN KEY ("company_id","estate_id") REFERENCES "public"."estates"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "community_activities_estate_date_idx" ON "community_activities" USING btree ("company_id","estate_id","held_on");--> statement-breakpoint
CREATE INDEX "special_services_estate_idx" ON "special_services" USING btree ("company_id","estate_id","active_from");--> statement-breakpoint
CREATE INDEX "facility_checks_estate_date_idx" ON "facility_checks" USING btree ("company_id","estate_id","checked_on");--> statement-breakpoint
CREATE UNIQUE INDEX "fee_collections_month_key" ON "fee_collections" USING btree ("company_id","estate_id","month");--> statement-breakpoint
CREATE INDEX "incidents_estate_date_idx" ON "incidents" USING btree ("company_id","estate_id","occurred_on");--> statement-breakpoint
SELECT app_enable_tenant_rls('fee_collections');
--> statement-breakpoint
SELECT app_enable_tenant_rls('incidents');
--> statement-breakpoint
SELECT app_enable_tenant_rls('facility_checks');
--> statement-breakpoint
SELECT app_enable_tenant_rls('community_activities');
--> statement-breakpoint
SELECT app_enable_tenant_rls('special_services');
