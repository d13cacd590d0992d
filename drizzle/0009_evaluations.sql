CREATE TABLE "bot_evaluation_settings" (
	"bot_id" text PRIMARY KEY NOT NULL,
	"department_id" uuid NOT NULL,
	"interval_hours" integer,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"run_id" uuid NOT NULL,
	"ordinal" integer NOT NULL,
	"item_id" text NOT NULL,
	"category" text NOT NULL,
	"language" text NOT NULL,
	"prompt" text NOT NULL,
	"expected" text,
	"answer" text NOT NULL,
	"outcome" text NOT NULL,
	"citations" jsonb NOT NULL,
	"verdict" text NOT NULL,
	"reason" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_runs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"department_id" uuid NOT NULL,
	"bot_id" text NOT NULL,
	"bot_version" integer NOT NULL,
	"suite_id" text NOT NULL,
	"suite_version" integer NOT NULL,
	"status" text NOT NULL,
	"score" double precision,
	"grade" text,
	"pass_threshold" double precision NOT NULL,
	"item_count" integer DEFAULT 0 NOT NULL,
	"passed_count" integer DEFAULT 0 NOT NULL,
	"job_id" uuid,
	"trigger" text NOT NULL,
	"triggered_by" text NOT NULL,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "bot_evaluation_settings" ADD CONSTRAINT "bot_evaluation_settings_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_items" ADD CONSTRAINT "evaluation_items_run_id_evaluation_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."evaluation_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_runs" ADD CONSTRAINT "evaluation_runs_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evaluation_items_run_idx" ON "evaluation_items" USING btree ("run_id","ordinal");--> statement-breakpoint
CREATE INDEX "evaluation_runs_bot_idx" ON "evaluation_runs" USING btree ("bot_id","suite_id","created_at");--> statement-breakpoint
CREATE INDEX "evaluation_runs_department_idx" ON "evaluation_runs" USING btree ("department_id");