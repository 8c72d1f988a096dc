ALTER TABLE "custom_indicators" ADD COLUMN "numerator_label_en" text;--> statement-breakpoint
ALTER TABLE "custom_indicators" ADD COLUMN "denominator_label_en" text;--> statement-breakpoint
ALTER TABLE "custom_indicators" ADD COLUMN "description_en" text;