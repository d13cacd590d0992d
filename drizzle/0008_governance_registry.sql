CREATE TABLE "ai_applications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"department_id" uuid NOT NULL,
	"owner_id" uuid,
	"type" text NOT NULL,
	"name_en" text NOT NULL,
	"name_zh_hant" text NOT NULL,
	"purpose_en" text NOT NULL,
	"purpose_zh_hant" text NOT NULL,
	"public_facing" boolean NOT NULL,
	"generative" boolean NOT NULL,
	"personal_data" boolean NOT NULL,
	"personal_data_kinds" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"models" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"data_sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"lifecycle_stage" text DEFAULT 'strategy' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"bot_id" text,
	"reused_from" uuid,
	"impact" text,
	"tier" text,
	"risk_level" text,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ai_applications" ADD CONSTRAINT "ai_applications_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_applications" ADD CONSTRAINT "ai_applications_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ai_applications_department_idx" ON "ai_applications" USING btree ("department_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ai_applications_bot_idx" ON "ai_applications" USING btree ("bot_id");--> statement-breakpoint
CREATE INDEX "ai_applications_reused_from_idx" ON "ai_applications" USING btree ("reused_from");