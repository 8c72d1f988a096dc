CREATE TABLE "staffing_templates" (
	"company_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"departments" jsonb NOT NULL,
	"positions" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staffing_templates_company_id_id_pk" PRIMARY KEY("company_id","id"),
	CONSTRAINT "staffing_templates_name_key" UNIQUE("company_id","name")
);
--> statement-breakpoint
ALTER TABLE "staffing_templates" ADD CONSTRAINT "staffing_templates_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Row-level security for the company staffing templates (see 0001_rls.sql).
SELECT app_enable_tenant_rls('staffing_templates');
