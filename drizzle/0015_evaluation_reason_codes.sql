ALTER TABLE "evaluation_items" ADD COLUMN "reason_code" text;--> statement-breakpoint
ALTER TABLE "evaluation_items" ADD COLUMN "reason_params" jsonb;