CREATE TABLE "bom_changes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"application_id" uuid,
	"department_id" uuid,
	"kind" text NOT NULL,
	"summary_en" text NOT NULL,
	"summary_zh_hant" text NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"baseline" boolean DEFAULT false NOT NULL,
	"significant" boolean DEFAULT false NOT NULL,
	"changed_at" timestamp with time zone NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bom_changes_key_unique" UNIQUE("key")
);
--> statement-breakpoint
ALTER TABLE "bom_changes" ADD CONSTRAINT "bom_changes_application_id_ai_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."ai_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bom_changes" ADD CONSTRAINT "bom_changes_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bom_changes_application_idx" ON "bom_changes" USING btree ("application_id","changed_at");