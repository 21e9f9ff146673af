import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_concepts_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TYPE "public"."enum__concepts_v_version_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TYPE "public"."enum_use_cases_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TYPE "public"."enum__use_cases_v_version_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TYPE "public"."enum_faqs_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TYPE "public"."enum__faqs_v_version_review_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('submit', 'approve', 'request_changes', 'publish', 'schedule', 'unpublish', 'delete', 'role_change');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TABLE "faqs_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "_faqs_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"summary" varchar NOT NULL,
  	"action" "enum_audit_log_action" NOT NULL,
  	"document_collection" varchar,
  	"document_id" varchar,
  	"version" varchar,
  	"user_id" integer,
  	"comment" varchar,
  	"override" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "concepts" ADD COLUMN "review_state" "enum_concepts_review_state" DEFAULT 'draft';
  ALTER TABLE "concepts" ADD COLUMN "review_fingerprint" varchar;
  ALTER TABLE "concepts" ADD COLUMN "review_submitted_by_id" integer;
  ALTER TABLE "concepts" ADD COLUMN "review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "concepts" ADD COLUMN "review_approved_by_id" integer;
  ALTER TABLE "concepts" ADD COLUMN "review_approved_at" timestamp(3) with time zone;
  ALTER TABLE "concepts" ADD COLUMN "reviewed_by" varchar;
  ALTER TABLE "concepts" ADD COLUMN "reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "concepts_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "_concepts_v" ADD COLUMN "version_review_state" "enum__concepts_v_version_review_state" DEFAULT 'draft';
  ALTER TABLE "_concepts_v" ADD COLUMN "version_review_fingerprint" varchar;
  ALTER TABLE "_concepts_v" ADD COLUMN "version_review_submitted_by_id" integer;
  ALTER TABLE "_concepts_v" ADD COLUMN "version_review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_concepts_v" ADD COLUMN "version_review_approved_by_id" integer;
  ALTER TABLE "_concepts_v" ADD COLUMN "version_review_approved_at" timestamp(3) with time zone;
  ALTER TABLE "_concepts_v" ADD COLUMN "version_reviewed_by" varchar;
  ALTER TABLE "_concepts_v" ADD COLUMN "version_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "_concepts_v_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "use_cases" ADD COLUMN "review_state" "enum_use_cases_review_state" DEFAULT 'draft';
  ALTER TABLE "use_cases" ADD COLUMN "review_fingerprint" varchar;
  ALTER TABLE "use_cases" ADD COLUMN "review_submitted_by_id" integer;
  ALTER TABLE "use_cases" ADD COLUMN "review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "use_cases" ADD COLUMN "review_approved_by_id" integer;
  ALTER TABLE "use_cases" ADD COLUMN "review_approved_at" timestamp(3) with time zone;
  ALTER TABLE "use_cases" ADD COLUMN "reviewed_by" varchar;
  ALTER TABLE "use_cases" ADD COLUMN "reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "use_cases_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "_use_cases_v" ADD COLUMN "version_review_state" "enum__use_cases_v_version_review_state" DEFAULT 'draft';
  ALTER TABLE "_use_cases_v" ADD COLUMN "version_review_fingerprint" varchar;
  ALTER TABLE "_use_cases_v" ADD COLUMN "version_review_submitted_by_id" integer;
  ALTER TABLE "_use_cases_v" ADD COLUMN "version_review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_use_cases_v" ADD COLUMN "version_review_approved_by_id" integer;
  ALTER TABLE "_use_cases_v" ADD COLUMN "version_review_approved_at" timestamp(3) with time zone;
  ALTER TABLE "_use_cases_v" ADD COLUMN "version_reviewed_by" varchar;
  ALTER TABLE "_use_cases_v" ADD COLUMN "version_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "_use_cases_v_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "faqs" ADD COLUMN "review_state" "enum_faqs_review_state" DEFAULT 'draft';
  ALTER TABLE "faqs" ADD COLUMN "review_fingerprint" varchar;
  ALTER TABLE "faqs" ADD COLUMN "review_submitted_by_id" integer;
  ALTER TABLE "faqs" ADD COLUMN "review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "faqs" ADD COLUMN "review_approved_by_id" integer;
  ALTER TABLE "faqs" ADD COLUMN "review_approved_at" timestamp(3) with time zone;
  ALTER TABLE "faqs" ADD COLUMN "reviewed_by" varchar;
  ALTER TABLE "faqs" ADD COLUMN "reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_review_state" "enum__faqs_v_version_review_state" DEFAULT 'draft';
  ALTER TABLE "_faqs_v" ADD COLUMN "version_review_fingerprint" varchar;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_review_submitted_by_id" integer;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_review_approved_by_id" integer;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_review_approved_at" timestamp(3) with time zone;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_reviewed_by" varchar;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "audit_log_id" integer;
  ALTER TABLE "faqs_rels" ADD CONSTRAINT "faqs_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_rels" ADD CONSTRAINT "faqs_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_rels" ADD CONSTRAINT "_faqs_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_faqs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_rels" ADD CONSTRAINT "_faqs_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "faqs_rels_order_idx" ON "faqs_rels" USING btree ("order");
  CREATE INDEX "faqs_rels_parent_idx" ON "faqs_rels" USING btree ("parent_id");
  CREATE INDEX "faqs_rels_path_idx" ON "faqs_rels" USING btree ("path");
  CREATE INDEX "faqs_rels_users_id_idx" ON "faqs_rels" USING btree ("users_id");
  CREATE INDEX "_faqs_v_rels_order_idx" ON "_faqs_v_rels" USING btree ("order");
  CREATE INDEX "_faqs_v_rels_parent_idx" ON "_faqs_v_rels" USING btree ("parent_id");
  CREATE INDEX "_faqs_v_rels_path_idx" ON "_faqs_v_rels" USING btree ("path");
  CREATE INDEX "_faqs_v_rels_users_id_idx" ON "_faqs_v_rels" USING btree ("users_id");
  CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action");
  CREATE INDEX "audit_log_document_collection_idx" ON "audit_log" USING btree ("document_collection");
  CREATE INDEX "audit_log_document_id_idx" ON "audit_log" USING btree ("document_id");
  CREATE INDEX "audit_log_user_idx" ON "audit_log" USING btree ("user_id");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "concepts" ADD CONSTRAINT "concepts_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "concepts" ADD CONSTRAINT "concepts_review_approved_by_id_users_id_fk" FOREIGN KEY ("review_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "concepts_rels" ADD CONSTRAINT "concepts_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_concepts_v" ADD CONSTRAINT "_concepts_v_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_concepts_v" ADD CONSTRAINT "_concepts_v_version_review_approved_by_id_users_id_fk" FOREIGN KEY ("version_review_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_concepts_v_rels" ADD CONSTRAINT "_concepts_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "use_cases" ADD CONSTRAINT "use_cases_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "use_cases" ADD CONSTRAINT "use_cases_review_approved_by_id_users_id_fk" FOREIGN KEY ("review_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "use_cases_rels" ADD CONSTRAINT "use_cases_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_use_cases_v" ADD CONSTRAINT "_use_cases_v_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_use_cases_v" ADD CONSTRAINT "_use_cases_v_version_review_approved_by_id_users_id_fk" FOREIGN KEY ("version_review_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_use_cases_v_rels" ADD CONSTRAINT "_use_cases_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs" ADD CONSTRAINT "faqs_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "faqs" ADD CONSTRAINT "faqs_review_approved_by_id_users_id_fk" FOREIGN KEY ("review_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v" ADD CONSTRAINT "_faqs_v_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v" ADD CONSTRAINT "_faqs_v_version_review_approved_by_id_users_id_fk" FOREIGN KEY ("version_review_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "concepts_review_review_state_idx" ON "concepts" USING btree ("review_state");
  CREATE INDEX "concepts_review_review_submitted_by_idx" ON "concepts" USING btree ("review_submitted_by_id");
  CREATE INDEX "concepts_review_review_submitted_at_idx" ON "concepts" USING btree ("review_submitted_at");
  CREATE INDEX "concepts_review_review_approved_by_idx" ON "concepts" USING btree ("review_approved_by_id");
  CREATE INDEX "concepts_rels_users_id_idx" ON "concepts_rels" USING btree ("users_id");
  CREATE INDEX "_concepts_v_version_review_version_review_state_idx" ON "_concepts_v" USING btree ("version_review_state");
  CREATE INDEX "_concepts_v_version_review_version_review_submitted_by_idx" ON "_concepts_v" USING btree ("version_review_submitted_by_id");
  CREATE INDEX "_concepts_v_version_review_version_review_submitted_at_idx" ON "_concepts_v" USING btree ("version_review_submitted_at");
  CREATE INDEX "_concepts_v_version_review_version_review_approved_by_idx" ON "_concepts_v" USING btree ("version_review_approved_by_id");
  CREATE INDEX "_concepts_v_rels_users_id_idx" ON "_concepts_v_rels" USING btree ("users_id");
  CREATE INDEX "use_cases_review_review_state_idx" ON "use_cases" USING btree ("review_state");
  CREATE INDEX "use_cases_review_review_submitted_by_idx" ON "use_cases" USING btree ("review_submitted_by_id");
  CREATE INDEX "use_cases_review_review_submitted_at_idx" ON "use_cases" USING btree ("review_submitted_at");
  CREATE INDEX "use_cases_review_review_approved_by_idx" ON "use_cases" USING btree ("review_approved_by_id");
  CREATE INDEX "use_cases_rels_users_id_idx" ON "use_cases_rels" USING btree ("users_id");
  CREATE INDEX "_use_cases_v_version_review_version_review_state_idx" ON "_use_cases_v" USING btree ("version_review_state");
  CREATE INDEX "_use_cases_v_version_review_version_review_submitted_by_idx" ON "_use_cases_v" USING btree ("version_review_submitted_by_id");
  CREATE INDEX "_use_cases_v_version_review_version_review_submitted_at_idx" ON "_use_cases_v" USING btree ("version_review_submitted_at");
  CREATE INDEX "_use_cases_v_version_review_version_review_approved_by_idx" ON "_use_cases_v" USING btree ("version_review_approved_by_id");
  CREATE INDEX "_use_cases_v_rels_users_id_idx" ON "_use_cases_v_rels" USING btree ("users_id");
  CREATE INDEX "faqs_review_review_state_idx" ON "faqs" USING btree ("review_state");
  CREATE INDEX "faqs_review_review_submitted_by_idx" ON "faqs" USING btree ("review_submitted_by_id");
  CREATE INDEX "faqs_review_review_submitted_at_idx" ON "faqs" USING btree ("review_submitted_at");
  CREATE INDEX "faqs_review_review_approved_by_idx" ON "faqs" USING btree ("review_approved_by_id");
  CREATE INDEX "_faqs_v_version_review_version_review_state_idx" ON "_faqs_v" USING btree ("version_review_state");
  CREATE INDEX "_faqs_v_version_review_version_review_submitted_by_idx" ON "_faqs_v" USING btree ("version_review_submitted_by_id");
  CREATE INDEX "_faqs_v_version_review_version_review_submitted_at_idx" ON "_faqs_v" USING btree ("version_review_submitted_at");
  CREATE INDEX "_faqs_v_version_review_version_review_approved_by_idx" ON "_faqs_v" USING btree ("version_review_approved_by_id");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");  -- Content published before review existed counts as reviewed and published.
  UPDATE "concepts" SET "review_state" = 'published' WHERE "_status" = 'published';
  UPDATE "_concepts_v" SET "version_review_state" = 'published' WHERE "version__status" = 'published';
  UPDATE "use_cases" SET "review_state" = 'published' WHERE "_status" = 'published';
  UPDATE "_use_cases_v" SET "version_review_state" = 'published' WHERE "version__status" = 'published';
  UPDATE "faqs" SET "review_state" = 'published' WHERE "_status" = 'published';
  UPDATE "_faqs_v" SET "version_review_state" = 'published' WHERE "version__status" = 'published';
`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "faqs_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_faqs_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "audit_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "faqs_rels" CASCADE;
  DROP TABLE "_faqs_v_rels" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  ALTER TABLE "concepts" DROP CONSTRAINT "concepts_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "concepts" DROP CONSTRAINT "concepts_review_approved_by_id_users_id_fk";
  
  ALTER TABLE "concepts_rels" DROP CONSTRAINT "concepts_rels_users_fk";
  
  ALTER TABLE "_concepts_v" DROP CONSTRAINT "_concepts_v_version_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_concepts_v" DROP CONSTRAINT "_concepts_v_version_review_approved_by_id_users_id_fk";
  
  ALTER TABLE "_concepts_v_rels" DROP CONSTRAINT "_concepts_v_rels_users_fk";
  
  ALTER TABLE "use_cases" DROP CONSTRAINT "use_cases_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "use_cases" DROP CONSTRAINT "use_cases_review_approved_by_id_users_id_fk";
  
  ALTER TABLE "use_cases_rels" DROP CONSTRAINT "use_cases_rels_users_fk";
  
  ALTER TABLE "_use_cases_v" DROP CONSTRAINT "_use_cases_v_version_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_use_cases_v" DROP CONSTRAINT "_use_cases_v_version_review_approved_by_id_users_id_fk";
  
  ALTER TABLE "_use_cases_v_rels" DROP CONSTRAINT "_use_cases_v_rels_users_fk";
  
  ALTER TABLE "faqs" DROP CONSTRAINT "faqs_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "faqs" DROP CONSTRAINT "faqs_review_approved_by_id_users_id_fk";
  
  ALTER TABLE "_faqs_v" DROP CONSTRAINT "_faqs_v_version_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_faqs_v" DROP CONSTRAINT "_faqs_v_version_review_approved_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_audit_log_fk";
  
  DROP INDEX "concepts_review_review_state_idx";
  DROP INDEX "concepts_review_review_submitted_by_idx";
  DROP INDEX "concepts_review_review_submitted_at_idx";
  DROP INDEX "concepts_review_review_approved_by_idx";
  DROP INDEX "concepts_rels_users_id_idx";
  DROP INDEX "_concepts_v_version_review_version_review_state_idx";
  DROP INDEX "_concepts_v_version_review_version_review_submitted_by_idx";
  DROP INDEX "_concepts_v_version_review_version_review_submitted_at_idx";
  DROP INDEX "_concepts_v_version_review_version_review_approved_by_idx";
  DROP INDEX "_concepts_v_rels_users_id_idx";
  DROP INDEX "use_cases_review_review_state_idx";
  DROP INDEX "use_cases_review_review_submitted_by_idx";
  DROP INDEX "use_cases_review_review_submitted_at_idx";
  DROP INDEX "use_cases_review_review_approved_by_idx";
  DROP INDEX "use_cases_rels_users_id_idx";
  DROP INDEX "_use_cases_v_version_review_version_review_state_idx";
  DROP INDEX "_use_cases_v_version_review_version_review_submitted_by_idx";
  DROP INDEX "_use_cases_v_version_review_version_review_submitted_at_idx";
  DROP INDEX "_use_cases_v_version_review_version_review_approved_by_idx";
  DROP INDEX "_use_cases_v_rels_users_id_idx";
  DROP INDEX "faqs_review_review_state_idx";
  DROP INDEX "faqs_review_review_submitted_by_idx";
  DROP INDEX "faqs_review_review_submitted_at_idx";
  DROP INDEX "faqs_review_review_approved_by_idx";
  DROP INDEX "_faqs_v_version_review_version_review_state_idx";
  DROP INDEX "_faqs_v_version_review_version_review_submitted_by_idx";
  DROP INDEX "_faqs_v_version_review_version_review_submitted_at_idx";
  DROP INDEX "_faqs_v_version_review_version_review_approved_by_idx";
  DROP INDEX "payload_locked_documents_rels_audit_log_id_idx";
  ALTER TABLE "concepts" DROP COLUMN "review_state";
  ALTER TABLE "concepts" DROP COLUMN "review_fingerprint";
  ALTER TABLE "concepts" DROP COLUMN "review_submitted_by_id";
  ALTER TABLE "concepts" DROP COLUMN "review_submitted_at";
  ALTER TABLE "concepts" DROP COLUMN "review_approved_by_id";
  ALTER TABLE "concepts" DROP COLUMN "review_approved_at";
  ALTER TABLE "concepts" DROP COLUMN "reviewed_by";
  ALTER TABLE "concepts" DROP COLUMN "reviewed_at";
  ALTER TABLE "concepts_rels" DROP COLUMN "users_id";
  ALTER TABLE "_concepts_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_concepts_v" DROP COLUMN "version_review_fingerprint";
  ALTER TABLE "_concepts_v" DROP COLUMN "version_review_submitted_by_id";
  ALTER TABLE "_concepts_v" DROP COLUMN "version_review_submitted_at";
  ALTER TABLE "_concepts_v" DROP COLUMN "version_review_approved_by_id";
  ALTER TABLE "_concepts_v" DROP COLUMN "version_review_approved_at";
  ALTER TABLE "_concepts_v" DROP COLUMN "version_reviewed_by";
  ALTER TABLE "_concepts_v" DROP COLUMN "version_reviewed_at";
  ALTER TABLE "_concepts_v_rels" DROP COLUMN "users_id";
  ALTER TABLE "use_cases" DROP COLUMN "review_state";
  ALTER TABLE "use_cases" DROP COLUMN "review_fingerprint";
  ALTER TABLE "use_cases" DROP COLUMN "review_submitted_by_id";
  ALTER TABLE "use_cases" DROP COLUMN "review_submitted_at";
  ALTER TABLE "use_cases" DROP COLUMN "review_approved_by_id";
  ALTER TABLE "use_cases" DROP COLUMN "review_approved_at";
  ALTER TABLE "use_cases" DROP COLUMN "reviewed_by";
  ALTER TABLE "use_cases" DROP COLUMN "reviewed_at";
  ALTER TABLE "use_cases_rels" DROP COLUMN "users_id";
  ALTER TABLE "_use_cases_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_use_cases_v" DROP COLUMN "version_review_fingerprint";
  ALTER TABLE "_use_cases_v" DROP COLUMN "version_review_submitted_by_id";
  ALTER TABLE "_use_cases_v" DROP COLUMN "version_review_submitted_at";
  ALTER TABLE "_use_cases_v" DROP COLUMN "version_review_approved_by_id";
  ALTER TABLE "_use_cases_v" DROP COLUMN "version_review_approved_at";
  ALTER TABLE "_use_cases_v" DROP COLUMN "version_reviewed_by";
  ALTER TABLE "_use_cases_v" DROP COLUMN "version_reviewed_at";
  ALTER TABLE "_use_cases_v_rels" DROP COLUMN "users_id";
  ALTER TABLE "faqs" DROP COLUMN "review_state";
  ALTER TABLE "faqs" DROP COLUMN "review_fingerprint";
  ALTER TABLE "faqs" DROP COLUMN "review_submitted_by_id";
  ALTER TABLE "faqs" DROP COLUMN "review_submitted_at";
  ALTER TABLE "faqs" DROP COLUMN "review_approved_by_id";
  ALTER TABLE "faqs" DROP COLUMN "review_approved_at";
  ALTER TABLE "faqs" DROP COLUMN "reviewed_by";
  ALTER TABLE "faqs" DROP COLUMN "reviewed_at";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_review_fingerprint";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_review_submitted_by_id";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_review_submitted_at";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_review_approved_by_id";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_review_approved_at";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_reviewed_by";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_reviewed_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "audit_log_id";
  DROP TYPE "public"."enum_concepts_review_state";
  DROP TYPE "public"."enum__concepts_v_version_review_state";
  DROP TYPE "public"."enum_use_cases_review_state";
  DROP TYPE "public"."enum__use_cases_v_version_review_state";
  DROP TYPE "public"."enum_faqs_review_state";
  DROP TYPE "public"."enum__faqs_v_version_review_state";
  DROP TYPE "public"."enum_audit_log_action";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
