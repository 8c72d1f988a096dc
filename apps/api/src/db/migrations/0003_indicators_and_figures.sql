CREATE TABLE "monthly_figures" (
	"company_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"estate_id" uuid NOT NULL,
	"indicator_code" text NOT NULL,
	"month" text NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"numerator" double precision NOT NULL,
	"denominator" double precision,
	"value" double precision,
	"source" text NOT NULL,
	"state" text DEFAULT 'DRAFT' NOT NULL,
	"effective" boolean DEFAULT false NOT NULL,
	"note" text,
	"reject_reason" text,
	"correction_reason" text,
	"created_by" uuid,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monthly_figures_company_id_id_pk" PRIMARY KEY("company_id","id")
);
--> statement-breakpoint
CREATE TABLE "custom_indicators" (
	"company_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"unit" text NOT NULL,
	"direction" text NOT NULL,
	"measurement" text NOT NULL,
	"aggregation" text NOT NULL,
	"numerator_label" text NOT NULL,
	"denominator_label" text,
	"description_zh" text DEFAULT '' NOT NULL,
	"retired_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "custom_indicators_company_id_id_pk" PRIMARY KEY("company_id","id")
);
--> statement-breakpoint
CREATE TABLE "indicator_presets" (
	"company_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"preset" text NOT NULL,
	"effective_month" text NOT NULL,
	"set_by" uuid,
	"set_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_presets_company_id_id_pk" PRIMARY KEY("company_id","id")
);
--> statement-breakpoint
CREATE TABLE "indicator_targets" (
	"company_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"indicator_code" text NOT NULL,
	"estate_id" uuid,
	"op" text,
	"value" double precision,
	"effective_month" text NOT NULL,
	"reason" text,
	"set_by" uuid,
	"set_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_targets_company_id_id_pk" PRIMARY KEY("company_id","id")
);
--> statement-breakpoint
ALTER TABLE "monthly_figures" ADD CONSTRAINT "monthly_figures_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monthly_figures" ADD CONSTRAINT "monthly_figures_company_id_estate_id_estates_company_id_id_fk" FOREIGN KEY ("company_id","estate_id") REFERENCES "public"."estates"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "custom_indicators" ADD CONSTRAINT "custom_indicators_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_presets" ADD CONSTRAINT "indicator_presets_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_targets" ADD CONSTRAINT "indicator_targets_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_targets" ADD CONSTRAINT "indicator_targets_company_id_estate_id_estates_company_id_id_fk" FOREIGN KEY ("company_id","estate_id") REFERENCES "public"."estates"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "monthly_figures_revision_key" ON "monthly_figures" USING btree ("company_id","estate_id","indicator_code","month","revision");--> statement-breakpoint
CREATE INDEX "monthly_figures_effective_idx" ON "monthly_figures" USING btree ("company_id","month","estate_id","indicator_code") WHERE effective;--> statement-breakpoint
CREATE INDEX "monthly_figures_state_idx" ON "monthly_figures" USING btree ("company_id","state","month");--> statement-breakpoint
CREATE UNIQUE INDEX "custom_indicators_company_code_key" ON "custom_indicators" USING btree ("company_id","code");--> statement-breakpoint
CREATE INDEX "indicator_presets_company_month_idx" ON "indicator_presets" USING btree ("company_id","effective_month");--> statement-breakpoint
CREATE INDEX "indicator_targets_lookup_idx" ON "indicator_targets" USING btree ("company_id","indicator_code","estate_id","effective_month");