ALTER TABLE "departments" ADD COLUMN "handoff_sla_hours" integer DEFAULT 48 NOT NULL;--> statement-breakpoint
ALTER TABLE "handoff_cases" ADD COLUMN "check_code_hash" text;--> statement-breakpoint
ALTER TABLE "handoff_cases" ADD COLUMN "contact_encrypted" text;--> statement-breakpoint
ALTER TABLE "handoff_cases" ADD COLUMN "due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "handoff_cases" ADD COLUMN "referred_from" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "handoff_cases" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "handoff_cases_referred_idx" ON "handoff_cases" USING gin ("referred_from");