ALTER TABLE "knowledge_sources" ADD COLUMN "revision" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "knowledge_sources" ADD COLUMN "withdrawal_requested_by" text;--> statement-breakpoint
ALTER TABLE "knowledge_sources" ADD COLUMN "withdrawal_requested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "knowledge_sources" ADD COLUMN "withdrawal_reason" text;--> statement-breakpoint
ALTER TABLE "knowledge_sources" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "knowledge_versions" ADD COLUMN "override_reason" text;