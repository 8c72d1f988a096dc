CREATE TABLE "roster_entries" (
	"company_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"estate_id" uuid NOT NULL,
	"roster_month_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"position_id" uuid,
	"day" date NOT NULL,
	"pattern_code" text NOT NULL,
	"shifts" text[] DEFAULT '{}' NOT NULL,
	"status" text NOT NULL,
	"edit_kind" text,
	"leave_kind" text,
	"swap_with_staff_id" uuid,
	"edited_by" uuid,
	"edited_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "roster_entries_company_id_id_pk" PRIMARY KEY("company_id","id"),
	CONSTRAINT "roster_entries_staff_day_key" UNIQUE("company_id","staff_id","day")
);
--> statement-breakpoint
CREATE TABLE "roster_months" (
	"company_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"estate_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"month" text NOT NULL,
	"anchor" date NOT NULL,
	"generated_at" timestamp with time zone NOT NULL,
	"generated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "roster_months_company_id_id_pk" PRIMARY KEY("company_id","id"),
	CONSTRAINT "roster_months_department_month_key" UNIQUE("company_id","department_id","month")
);
--> statement-breakpoint
CREATE TABLE "staff" (
	"company_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"estate_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"position_id" uuid NOT NULL,
	"user_id" uuid,
	"name" text NOT NULL,
	"phone" text,
	"id_number_cipher" text,
	"id_number_masked" text,
	"id_number_hash" text,
	"gender" text,
	"birth_date" date,
	"hire_date" date NOT NULL,
	"leave_date" date,
	"status" text NOT NULL,
	"shift_crew" text,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staff_company_id_id_pk" PRIMARY KEY("company_id","id")
);
--> statement-breakpoint
CREATE TABLE "staff_certificates" (
	"company_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"estate_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"number" text NOT NULL,
	"issuer" text,
	"issued_on" date,
	"expires_on" date,
	"scan_file_id" uuid,
	"reminded_days" integer[] DEFAULT '{}' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staff_certificates_company_id_id_pk" PRIMARY KEY("company_id","id")
);
--> statement-breakpoint
CREATE TABLE "staff_trainings" (
	"company_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"estate_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"course" text NOT NULL,
	"trained_on" date NOT NULL,
	"hours" numeric(5, 1) NOT NULL,
	"passed" boolean NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staff_trainings_company_id_id_pk" PRIMARY KEY("company_id","id")
);
--> statement-breakpoint
ALTER TABLE "roster_entries" ADD CONSTRAINT "roster_entries_company_id_estate_id_estates_company_id_id_fk" FOREIGN KEY ("company_id","estate_id") REFERENCES "public"."estates"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_entries" ADD CONSTRAINT "roster_entries_company_id_roster_month_id_roster_months_company_id_id_fk" FOREIGN KEY ("company_id","roster_month_id") REFERENCES "public"."roster_months"("company_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_entries" ADD CONSTRAINT "roster_entries_company_id_staff_id_staff_company_id_id_fk" FOREIGN KEY ("company_id","staff_id") REFERENCES "public"."staff"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_months" ADD CONSTRAINT "roster_months_company_id_estate_id_estates_company_id_id_fk" FOREIGN KEY ("company_id","estate_id") REFERENCES "public"."estates"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_months" ADD CONSTRAINT "roster_months_company_id_department_id_departments_company_id_id_fk" FOREIGN KEY ("company_id","department_id") REFERENCES "public"."departments"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff" ADD CONSTRAINT "staff_company_id_estate_id_estates_company_id_id_fk" FOREIGN KEY ("company_id","estate_id") REFERENCES "public"."estates"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff" ADD CONSTRAINT "staff_company_id_department_id_departments_company_id_id_fk" FOREIGN KEY ("company_id","department_id") REFERENCES "public"."departments"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff" ADD CONSTRAINT "staff_company_id_position_id_positions_company_id_id_fk" FOREIGN KEY ("company_id","position_id") REFERENCES "public"."positions"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_certificates" ADD CONSTRAINT "staff_certificates_company_id_estate_id_estates_company_id_id_fk" FOREIGN KEY ("company_id","estate_id") REFERENCES "public"."estates"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_certificates" ADD CONSTRAINT "staff_certificates_company_id_staff_id_staff_company_id_id_fk" FOREIGN KEY ("company_id","staff_id") REFERENCES "public"."staff"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_trainings" ADD CONSTRAINT "staff_trainings_company_id_estate_id_estates_company_id_id_fk" FOREIGN KEY ("company_id","estate_id") REFERENCES "public"."estates"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_trainings" ADD CONSTRAINT "staff_trainings_company_id_staff_id_staff_company_id_id_fk" FOREIGN KEY ("company_id","staff_id") REFERENCES "public"."staff"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "roster_entries_month_idx" ON "roster_entries" USING btree ("company_id","roster_month_id");--> statement-breakpoint
CREATE INDEX "roster_entries_estate_day_idx" ON "roster_entries" USING btree ("company_id","estate_id","day");--> statement-breakpoint
CREATE INDEX "roster_months_estate_idx" ON "roster_months" USING btree ("company_id","estate_id","month");--> statement-breakpoint
CREATE UNIQUE INDEX "staff_id_number_key" ON "staff" USING btree ("company_id","id_number_hash") WHERE id_number_hash is not null and status <> 'LEFT';--> statement-breakpoint
CREATE INDEX "staff_estate_idx" ON "staff" USING btree ("company_id","estate_id","status");--> statement-breakpoint
CREATE INDEX "staff_position_idx" ON "staff" USING btree ("company_id","position_id");--> statement-breakpoint
CREATE INDEX "staff_user_idx" ON "staff" USING btree ("company_id","user_id");--> statement-breakpoint
CREATE INDEX "staff_certificates_staff_idx" ON "staff_certificates" USING btree ("company_id","staff_id");--> statement-breakpoint
CREATE INDEX "staff_certificates_expiry_idx" ON "staff_certificates" USING btree ("company_id","expires_on");--> statement-breakpoint
CREATE INDEX "staff_trainings_staff_idx" ON "staff_trainings" USING btree ("company_id","staff_id");--> statement-breakpoint
CREATE INDEX "staff_trainings_estate_idx" ON "staff_trainings" USING btree ("company_id","estate_id","trained_on");--> statement-breakpoint
-- Row-level security for staff, certificates, training and rosters (see 0001_rls.sql).
SELECT app_enable_tenant_rls('staff');
--> statement-breakpoint
SELECT app_enable_tenant_rls('staff_certificates');
--> statement-breakpoint
SELECT app_enable_tenant_rls('staff_trainings');
--> statement-breakpoint
SELECT app_enable_tenant_rls('roster_months');
--> statement-breakpoint
SELECT app_enable_tenant_rls('roster_entries');
