CREATE TABLE "file_blobs" (
	"company_id" uuid NOT NULL,
	"key" text NOT NULL,
	"data" "bytea" NOT NULL,
	CONSTRAINT "file_blobs_company_id_key_pk" PRIMARY KEY("company_id","key")
);
--> statement-breakpoint
CREATE TABLE "files" (
	"company_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"has_thumbnail" integer DEFAULT 0 NOT NULL,
	"attached_type" text,
	"attached_id" uuid,
	"attached_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "files_company_id_id_pk" PRIMARY KEY("company_id","id")
);
--> statement-breakpoint
CREATE INDEX "files_attached_idx" ON "files" USING btree ("company_id","attached_type","attached_id");--> statement-breakpoint
CREATE INDEX "files_unattached_idx" ON "files" USING btree ("company_id","created_at") WHERE attached_id is null;--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "companies"("id");
--> statement-breakpoint
ALTER TABLE "file_blobs" ADD CONSTRAINT "file_blobs_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "companies"("id");
--> statement-breakpoint
-- Row-level security for the file tables (see 0001_rls.sql).
SELECT app_enable_tenant_rls('files');
--> statement-breakpoint
SELECT app_enable_tenant_rls('file_blobs');
