CREATE TABLE "assistant_draft_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"draft_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"paragraphs" jsonb NOT NULL,
	"method" text NOT NULL,
	"model" text,
	"issues" jsonb NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assistant_drafts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"department_id" uuid NOT NULL,
	"title" text NOT NULL,
	"template_id" text NOT NULL,
	"template_version" integer NOT NULL,
	"language" text NOT NULL,
	"audience" text NOT NULL,
	"tone" text NOT NULL,
	"length" text NOT NULL,
	"slots" jsonb NOT NULL,
	"facts" jsonb NOT NULL,
	"status" text NOT NULL,
	"current_version" integer NOT NULL,
	"approval_requested_by" text,
	"approval_requested_at" timestamp with time zone,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"decided_version" integer,
	"decision_comment" text,
	"finalised_by" text,
	"finalised_at" timestamp with time zone,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assistant_draft_versions" ADD CONSTRAINT "assistant_draft_versions_draft_id_assistant_drafts_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."assistant_drafts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistant_drafts" ADD CONSTRAINT "assistant_drafts_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "assistant_draft_versions_draft_version_idx" ON "assistant_draft_versions" USING btree ("draft_id","version");--> statement-breakpoint
CREATE INDEX "assistant_drafts_department_idx" ON "assistant_drafts" USING btree ("department_id","updated_at");