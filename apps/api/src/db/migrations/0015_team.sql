CREATE TABLE "departments" (
	"company_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"estate_id" uuid,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "departments_company_id_id_pk" PRIMARY KEY("company_id","id"),
	CONSTRAINT "departments_estate_code_key" UNIQUE NULLS NOT DISTINCT("company_id","estate_id","code")
);
--> statement-breakpoint
CREATE TABLE "positions" (
	"company_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"estate_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"planned_headcount" integer NOT NULL,
	"shift_pattern" text NOT NULL,
	"working_hours" text,
	"duty" text,
	"certificate_required" boolean DEFAULT false NOT NULL,
	"certificate_kinds" text[] DEFAULT '{}' NOT NULL,
	"age_min" integer,
	"age_max" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "positions_company_id_id_pk" PRIMARY KEY("company_id","id"),
	CONSTRAINT "positions_estate_code_key" UNIQUE("company_id","estate_id","code")
);
--> statement-breakpoint
ALTER TABLE "departments" ADD CONSTRAINT "departments_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "departments" ADD CONSTRAINT "departments_company_id_estate_id_estates_company_id_id_fk" FOREIGN KEY ("company_id","estate_id") REFERENCES "public"."estates"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_company_id_estate_id_estates_company_id_id_fk" FOREIGN KEY ("company_id","estate_id") REFERENCES "public"."estates"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_company_id_department_id_departments_company_id_id_fk" FOREIGN KEY ("company_id","department_id") REFERENCES "public"."departments"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "positions_department_idx" ON "positions" USING btree ("company_id","department_id");--> statement-breakpoint
-- Row-level security for the estate team (see 0001_rls.sql).
SELECT app_enable_tenant_rls('departments');
--> statement-breakpoint
SELECT app_enable_tenant_rls('positions');
