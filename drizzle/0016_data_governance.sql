CREATE TABLE "consent_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"provider_department_id" uuid NOT NULL,
	"consumer_department_id" uuid NOT NULL,
	"scope" text NOT NULL,
	"purpose" text NOT NULL,
	"channel" text NOT NULL,
	"justification" text NOT NULL,
	"expires_at" timestamp with time zone,
	"status" text NOT NULL,
	"requested_by" text NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"consent_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "data_consents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"owner_kind" text NOT NULL,
	"owner_ref" text NOT NULL,
	"provider_department_id" uuid NOT NULL,
	"consumer_department_id" uuid NOT NULL,
	"scope" text NOT NULL,
	"purpose" text NOT NULL,
	"channel" text NOT NULL,
	"granted_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"revoked_by" text,
	"revocation_reason" text,
	"request_id" uuid,
	"granted_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dataset_applications" (
	"dataset_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	CONSTRAINT "dataset_applications_dataset_id_application_id_pk" PRIMARY KEY("dataset_id","application_id")
);
--> statement-breakpoint
CREATE TABLE "dataset_knowledge_sources" (
	"source_id" uuid PRIMARY KEY NOT NULL,
	"dataset_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "datasets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"department_id" uuid NOT NULL,
	"name" text NOT NULL,
	"title_en" text NOT NULL,
	"title_zh_hant" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"owner" text NOT NULL,
	"classification" text NOT NULL,
	"personal_data" boolean NOT NULL,
	"personal_data_kinds" jsonb NOT NULL,
	"retention" text NOT NULL,
	"source_systems" jsonb NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "consent_requests" ADD CONSTRAINT "consent_requests_provider_department_id_departments_id_fk" FOREIGN KEY ("provider_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_requests" ADD CONSTRAINT "consent_requests_consumer_department_id_departments_id_fk" FOREIGN KEY ("consumer_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_consents" ADD CONSTRAINT "data_consents_provider_department_id_departments_id_fk" FOREIGN KEY ("provider_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_consents" ADD CONSTRAINT "data_consents_consumer_department_id_departments_id_fk" FOREIGN KEY ("consumer_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dataset_applications" ADD CONSTRAINT "dataset_applications_dataset_id_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."datasets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dataset_applications" ADD CONSTRAINT "dataset_applications_application_id_ai_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."ai_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dataset_knowledge_sources" ADD CONSTRAINT "dataset_knowledge_sources_dataset_id_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."datasets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "datasets" ADD CONSTRAINT "datasets_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consent_requests_provider_idx" ON "consent_requests" USING btree ("provider_department_id","status");--> statement-breakpoint
CREATE INDEX "consent_requests_consumer_idx" ON "consent_requests" USING btree ("consumer_department_id","status");--> statement-breakpoint
CREATE INDEX "data_consents_lookup_idx" ON "data_consents" USING btree ("provider_department_id","consumer_department_id","scope","purpose");--> statement-breakpoint
CREATE INDEX "dataset_applications_application_idx" ON "dataset_applications" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "dataset_knowledge_sources_dataset_idx" ON "dataset_knowledge_sources" USING btree ("dataset_id");--> statement-breakpoint
CREATE UNIQUE INDEX "datasets_department_name_idx" ON "datasets" USING btree ("department_id","name");