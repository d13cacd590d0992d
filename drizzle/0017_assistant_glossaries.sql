CREATE TABLE "assistant_glossaries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"department_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"tsv" text NOT NULL,
	"entries" integer NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assistant_glossaries" ADD CONSTRAINT "assistant_glossaries_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "assistant_glossaries_department_version_idx" ON "assistant_glossaries" USING btree ("department_id","version");