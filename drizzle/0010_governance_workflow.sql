CREATE TABLE "governance_assessments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"template_id" text NOT NULL,
	"template_version" text NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"tier_answers" jsonb,
	"privacy_answers" jsonb,
	"status" text DEFAULT 'draft' NOT NULL,
	"round" integer DEFAULT 0 NOT NULL,
	"derivation" jsonb,
	"preparers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"submitted_by" text,
	"submitted_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"assessed_models" jsonb,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance_endorsements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"assessment_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"user_id" uuid NOT NULL,
	"capacity" text NOT NULL,
	"decision" text NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance_reassessments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"reason" text NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by" uuid
);
--> statement-breakpoint
CREATE TABLE "governance_settings" (
	"department_id" uuid PRIMARY KEY NOT NULL,
	"suspend_overdue" boolean DEFAULT false NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "model_calls" ADD COLUMN "reported_model" text;--> statement-breakpoint
ALTER TABLE "model_calls" ADD COLUMN "system_fingerprint" text;--> statement-breakpoint
ALTER TABLE "governance_assessments" ADD CONSTRAINT "governance_assessments_application_id_ai_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."ai_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_assessments" ADD CONSTRAINT "governance_assessments_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_endorsements" ADD CONSTRAINT "governance_endorsements_assessment_id_governance_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."governance_assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_endorsements" ADD CONSTRAINT "governance_endorsements_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_endorsements" ADD CONSTRAINT "governance_endorsements_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_reassessments" ADD CONSTRAINT "governance_reassessments_application_id_ai_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."ai_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_reassessments" ADD CONSTRAINT "governance_reassessments_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_settings" ADD CONSTRAINT "governance_settings_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "governance_assessments_application_idx" ON "governance_assessments" USING btree ("application_id","stage","created_at");--> statement-breakpoint
CREATE INDEX "governance_assessments_department_idx" ON "governance_assessments" USING btree ("department_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "governance_endorsements_capacity_idx" ON "governance_endorsements" USING btree ("assessment_id","round","capacity");--> statement-breakpoint
CREATE UNIQUE INDEX "governance_endorsements_person_idx" ON "governance_endorsements" USING btree ("assessment_id","round","user_id");--> statement-breakpoint
CREATE INDEX "governance_reassessments_open_idx" ON "governance_reassessments" USING btree ("application_id","resolved_at");