CREATE TABLE "complaints" (
	"company_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"estate_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"category" text NOT NULL,
	"department_id" uuid,
	"channel" text NOT NULL,
	"severity" text DEFAULT 'NORMAL' NOT NULL,
	"location" text,
	"description" text NOT NULL,
	"complainant_name" text,
	"complainant_phone" text,
	"receiver_user_id" uuid,
	"received_at" timestamp with time zone NOT NULL,
	"original_feedback_at" timestamp with time zone NOT NULL,
	"promised_feedback_at" timestamp with time zone NOT NULL,
	"postponed_at" timestamp with time zone,
	"postponed_by" uuid,
	"postpone_reason" text,
	"valid" boolean,
	"validity_reason" text,
	"ruled_at" timestamp with time zone,
	"ruled_by" uuid,
	"status" text DEFAULT 'OPEN' NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by" uuid,
	"resolution" text,
	"callback_note" text,
	"satisfaction" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "complaints_company_id_id_pk" PRIMARY KEY("company_id","id")
);
--> statement-breakpoint
CREATE TABLE "household_codes" (
	"company_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"estate_id" uuid NOT NULL,
	"code" text NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "household_codes_company_id_id_pk" PRIMARY KEY("company_id","id")
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"company_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"survey_id" uuid NOT NULL,
	"estate_id" uuid NOT NULL,
	"household_code_id" uuid NOT NULL,
	"ratings" jsonb NOT NULL,
	"satisfied" boolean NOT NULL,
	"comment" text,
	"submitted_at" timestamp with time zone NOT NULL,
	CONSTRAINT "survey_responses_company_id_id_pk" PRIMARY KEY("company_id","id")
);
--> statement-breakpoint
CREATE TABLE "surveys" (
	"company_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"estate_id" uuid NOT NULL,
	"title" text NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"questions" jsonb NOT NULL,
	"public_token" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "surveys_company_id_id_pk" PRIMARY KEY("company_id","id")
);
--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_company_id_estate_id_estates_company_id_id_fk" FOREIGN KEY ("company_id","estate_id") REFERENCES "public"."estates"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_company_id_department_id_departments_company_id_id_fk" FOREIGN KEY ("company_id","department_id") REFERENCES "public"."departments"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_codes" ADD CONSTRAINT "household_codes_company_id_estate_id_estates_company_id_id_fk" FOREIGN KEY ("company_id","estate_id") REFERENCES "public"."estates"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_company_id_survey_id_surveys_company_id_id_fk" FOREIGN KEY ("company_id","survey_id") REFERENCES "public"."surveys"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_company_id_household_code_id_household_codes_company_id_id_fk" FOREIGN KEY ("company_id","household_code_id") REFERENCES "public"."household_codes"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_company_id_estate_id_estates_company_id_id_fk" FOREIGN KEY ("company_id","estate_id") REFERENCES "public"."estates"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "complaints_number_key" ON "complaints" USING btree ("company_id","estate_id","number");--> statement-breakpoint
CREATE INDEX "complaints_estate_received_idx" ON "complaints" USING btree ("company_id","estate_id","received_at","id");--> statement-breakpoint
CREATE INDEX "complaints_estate_status_idx" ON "complaints" USING btree ("company_id","estate_id","status","received_at");--> statement-breakpoint
CREATE INDEX "complaints_receiver_idx" ON "complaints" USING btree ("company_id","receiver_user_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "household_codes_code_key" ON "household_codes" USING btree ("company_id","estate_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_responses_household_key" ON "survey_responses" USING btree ("company_id","survey_id","household_code_id");--> statement-breakpoint
CREATE UNIQUE INDEX "surveys_public_token_key" ON "surveys" USING btree ("company_id","public_token");--> statement-breakpoint
CREATE INDEX "surveys_public_token_idx" ON "surveys" USING btree ("public_token");--> statement-breakpoint
CREATE INDEX "surveys_estate_closes_idx" ON "surveys" USING btree ("company_id","estate_id","closes_on");--> statement-breakpoint
SELECT app_enable_tenant_rls('complaints');
--> statement-breakpoint
SELECT app_enable_tenant_rls('surveys');
--> statement-breakpoint
SELECT app_enable_tenant_rls('household_codes');
--> statement-breakpoint
SELECT app_enable_tenant_rls('survey_responses');
