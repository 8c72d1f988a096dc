CREATE TABLE "audit_answers" (
	"company_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"audit_id" uuid NOT NULL,
	"item_key" text NOT NULL,
	"kind" text,
	"score" double precision,
	"note" text,
	"photo_file_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	CONSTRAINT "audit_answers_company_id_id_pk" PRIMARY KEY("company_id","id")
);
--> statement-breakpoint
CREATE TABLE "audit_appeals" (
	"company_id" uuid NOT NULL,
	"finding_id" uuid NOT NULL,
	"estate_id" uuid NOT NULL,
	"status" text DEFAULT 'PENDING' NOT NULL,
	"reason" text NOT NULL,
	"appealed_by" uuid NOT NULL,
	"appealed_at" timestamp with time zone NOT NULL,
	"decision_reason" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	CONSTRAINT "audit_appeals_company_id_finding_id_pk" PRIMARY KEY("company_id","finding_id")
);
--> statement-breakpoint
CREATE TABLE "audit_auditors" (
	"company_id" uuid NOT NULL,
	"audit_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "audit_auditors_company_id_audit_id_user_id_pk" PRIMARY KEY("company_id","audit_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "audit_campaigns" (
	"company_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"quarter" text,
	"template_version_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"due_on" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audit_campaigns_company_id_id_pk" PRIMARY KEY("company_id","id")
);
--> statement-breakpoint
CREATE TABLE "audit_findings" (
	"company_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"audit_id" uuid NOT NULL,
	"estate_id" uuid NOT NULL,
	"audit_kind" text NOT NULL,
	"item_key" text NOT NULL,
	"section_key" text NOT NULL,
	"department" text NOT NULL,
	"title" text NOT NULL,
	"standard" text NOT NULL,
	"severity" text NOT NULL,
	"critical" boolean DEFAULT false NOT NULL,
	"note" text,
	"photo_file_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"withdrawn" boolean DEFAULT false NOT NULL,
	"raised_at" timestamp with time zone NOT NULL,
	CONSTRAINT "audit_findings_company_id_id_pk" PRIMARY KEY("company_id","id")
);
--> statement-breakpoint
CREATE TABLE "audit_schedules" (
	"company_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"estate_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"template_id" uuid NOT NULL,
	"auditor_user_ids" uuid[] NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"active" boolean DEFAULT true NOT NULL,
	"generated_through" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audit_schedules_company_id_id_pk" PRIMARY KEY("company_id","id")
);
--> statement-breakpoint
CREATE TABLE "audit_template_versions" (
	"company_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"template_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"name" text NOT NULL,
	"content" jsonb NOT NULL,
	"item_count" integer NOT NULL,
	"published_by" uuid,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audit_template_versions_company_id_id_pk" PRIMARY KEY("company_id","id")
);
--> statement-breakpoint
CREATE TABLE "audit_templates" (
	"company_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"draft" jsonb NOT NULL,
	"published_version" integer DEFAULT 0 NOT NULL,
	"archived" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audit_templates_company_id_id_pk" PRIMARY KEY("company_id","id")
);
--> statement-breakpoint
CREATE TABLE "audits" (
	"company_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"estate_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"campaign_id" uuid,
	"schedule_id" uuid,
	"template_version_id" uuid NOT NULL,
	"title" text NOT NULL,
	"planned_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'PLANNED' NOT NULL,
	"started_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"closed_at" timestamp with time zone,
	"overdue_at" timestamp with time zone,
	"score" jsonb,
	"score_percent" double precision,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audits_company_id_id_pk" PRIMARY KEY("company_id","id")
);
--> statement-breakpoint
CREATE TABLE "rectifications" (
	"company_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"finding_id" uuid NOT NULL,
	"audit_id" uuid NOT NULL,
	"estate_id" uuid NOT NULL,
	"audit_kind" text NOT NULL,
	"status" text DEFAULT 'OPEN' NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"overdue_at" timestamp with time zone,
	"assignee_user_id" uuid,
	"assigned_by" uuid,
	"assigned_at" timestamp with time zone,
	"root_cause" text,
	"corrective_action" text,
	"preventive_action" text,
	"evidence_note" text,
	"before_photo_file_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"after_photo_file_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone,
	"verified_by" uuid,
	"verified_at" timestamp with time zone,
	"reopen_reason" text,
	"reopen_count" integer DEFAULT 0 NOT NULL,
	"cancelled" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rectifications_company_id_id_pk" PRIMARY KEY("company_id","id")
);
--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "audit_grade_bands" jsonb;--> statement-breakpoint
ALTER TABLE "audit_answers" ADD CONSTRAINT "audit_answers_company_id_audit_id_audits_company_id_id_fk" FOREIGN KEY ("company_id","audit_id") REFERENCES "public"."audits"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_appeals" ADD CONSTRAINT "audit_appeals_company_id_finding_id_audit_findings_company_id_id_fk" FOREIGN KEY ("company_id","finding_id") REFERENCES "public"."audit_findings"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_auditors" ADD CONSTRAINT "audit_auditors_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_auditors" ADD CONSTRAINT "audit_auditors_company_id_audit_id_audits_company_id_id_fk" FOREIGN KEY ("company_id","audit_id") REFERENCES "public"."audits"("company_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_campaigns" ADD CONSTRAINT "audit_campaigns_company_id_template_version_id_audit_template_versions_company_id_id_fk" FOREIGN KEY ("company_id","template_version_id") REFERENCES "public"."audit_template_versions"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_findings" ADD CONSTRAINT "audit_findings_company_id_audit_id_audits_company_id_id_fk" FOREIGN KEY ("company_id","audit_id") REFERENCES "public"."audits"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_findings" ADD CONSTRAINT "audit_findings_company_id_estate_id_estates_company_id_id_fk" FOREIGN KEY ("company_id","estate_id") REFERENCES "public"."estates"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_schedules" ADD CONSTRAINT "audit_schedules_company_id_estate_id_estates_company_id_id_fk" FOREIGN KEY ("company_id","estate_id") REFERENCES "public"."estates"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_schedules" ADD CONSTRAINT "audit_schedules_company_id_template_id_audit_templates_company_id_id_fk" FOREIGN KEY ("company_id","template_id") REFERENCES "public"."audit_templates"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_template_versions" ADD CONSTRAINT "audit_template_versions_company_id_template_id_audit_templates_company_id_id_fk" FOREIGN KEY ("company_id","template_id") REFERENCES "public"."audit_templates"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_templates" ADD CONSTRAINT "audit_templates_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audits" ADD CONSTRAINT "audits_company_id_estate_id_estates_company_id_id_fk" FOREIGN KEY ("company_id","estate_id") REFERENCES "public"."estates"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audits" ADD CONSTRAINT "audits_company_id_campaign_id_audit_campaigns_company_id_id_fk" FOREIGN KEY ("company_id","campaign_id") REFERENCES "public"."audit_campaigns"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audits" ADD CONSTRAINT "audits_company_id_schedule_id_audit_schedules_company_id_id_fk" FOREIGN KEY ("company_id","schedule_id") REFERENCES "public"."audit_schedules"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audits" ADD CONSTRAINT "audits_company_id_template_version_id_audit_template_versions_company_id_id_fk" FOREIGN KEY ("company_id","template_version_id") REFERENCES "public"."audit_template_versions"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectifications" ADD CONSTRAINT "rectifications_company_id_finding_id_audit_findings_company_id_id_fk" FOREIGN KEY ("company_id","finding_id") REFERENCES "public"."audit_findings"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectifications" ADD CONSTRAINT "rectifications_company_id_audit_id_audits_company_id_id_fk" FOREIGN KEY ("company_id","audit_id") REFERENCES "public"."audits"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectifications" ADD CONSTRAINT "rectifications_company_id_estate_id_estates_company_id_id_fk" FOREIGN KEY ("company_id","estate_id") REFERENCES "public"."estates"("company_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_answers_item_key" ON "audit_answers" USING btree ("company_id","audit_id","item_key");--> statement-breakpoint
CREATE INDEX "audit_appeals_pending_idx" ON "audit_appeals" USING btree ("company_id","status");--> statement-breakpoint
CREATE INDEX "audit_auditors_user_idx" ON "audit_auditors" USING btree ("company_id","user_id");--> statement-breakpoint
CREATE INDEX "audit_campaigns_starts_idx" ON "audit_campaigns" USING btree ("company_id","starts_on" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "audit_findings_item_key" ON "audit_findings" USING btree ("company_id","audit_id","item_key");--> statement-breakpoint
CREATE INDEX "audit_findings_estate_idx" ON "audit_findings" USING btree ("company_id","estate_id");--> statement-breakpoint
CREATE UNIQUE INDEX "audit_template_versions_number_key" ON "audit_template_versions" USING btree ("company_id","template_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "audit_templates_name_key" ON "audit_templates" USING btree ("company_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "audits_campaign_estate_key" ON "audits" USING btree ("company_id","campaign_id","estate_id") WHERE campaign_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "audits_schedule_planned_key" ON "audits" USING btree ("company_id","schedule_id","planned_at") WHERE schedule_id is not null;--> statement-breakpoint
CREATE INDEX "audits_estate_idx" ON "audits" USING btree ("company_id","estate_id","planned_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "audits_status_idx" ON "audits" USING btree ("company_id","status","planned_at");--> statement-breakpoint
CREATE INDEX "audits_campaign_idx" ON "audits" USING btree ("company_id","campaign_id");--> statement-breakpoint
CREATE UNIQUE INDEX "rectifications_finding_key" ON "rectifications" USING btree ("company_id","finding_id");--> statement-breakpoint
CREATE INDEX "rectifications_estate_idx" ON "rectifications" USING btree ("company_id","estate_id","status");--> statement-breakpoint
CREATE INDEX "rectifications_audit_idx" ON "rectifications" USING btree ("company_id","audit_id");--> statement-breakpoint
CREATE INDEX "rectifications_assignee_idx" ON "rectifications" USING btree ("company_id","assignee_user_id");--> statement-breakpoint
CREATE INDEX "rectifications_due_idx" ON "rectifications" USING btree ("company_id","due_at") WHERE status in ('OPEN', 'IN_PROGRESS', 'REOPENED') and overdue_at is null and not cancelled;--> statement-breakpoint
-- Row-level security for the quality audits (see 0001_rls.sql).
SELECT app_enable_tenant_rls('audit_templates');
--> statement-breakpoint
SELECT app_enable_tenant_rls('audit_template_versions');
--> statement-breakpoint
SELECT app_enable_tenant_rls('audit_campaigns');
--> statement-breakpoint
SELECT app_enable_tenant_rls('audit_schedules');
--> statement-breakpoint
SELECT app_enable_tenant_rls('audits');
--> statement-breakpoint
SELECT app_enable_tenant_rls('audit_auditors');
--> statement-breakpoint
SELECT app_enable_tenant_rls('audit_answers');
--> statement-breakpoint
SELECT app_enable_tenant_rls('audit_findings');
--> statement-breakpoint
SELECT app_enable_tenant_rls('audit_appeals');
--> statement-breakpoint
SELECT app_enable_tenant_rls('rectifications');
--> statement-breakpoint
-- A published template version is what past and started audits were conducted against: it never
-- changes and is never deleted (DOMAIN.md: publishing a new version never changes past audits).
REVOKE UPDATE, DELETE ON audit_template_versions FROM app_rls;
--> statement-breakpoint
-- Findings are raised once; only their withdrawal on appeal changes them, and nothing deletes one.
REVOKE UPDATE, DELETE ON audit_findings FROM app_rls;
--> statement-breakpoint
GRANT UPDATE (withdrawn) ON audit_findings TO app_rls;
--> statement-breakpoint
-- The company admin sets the grade bands (companies stays otherwise closed to tenants, see 0006).
GRANT UPDATE (audit_grade_bands) ON companies TO app_rls;
