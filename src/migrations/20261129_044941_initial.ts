import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_concepts_difficulty" AS ENUM('beginner', 'intermediate', 'advanced');
  CREATE TYPE "public"."enum_concepts_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__concepts_v_version_difficulty" AS ENUM('beginner', 'intermediate', 'advanced');
  CREATE TYPE "public"."enum__concepts_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_use_cases_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__use_cases_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_faqs_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__faqs_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'reviewer');
  CREATE TABLE "concepts_key_traits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"explanation" varchar
  );
  
  CREATE TABLE "concepts_pitfalls" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"explanation" varchar
  );
  
  CREATE TABLE "concepts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"subtitle" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"slug" varchar,
  	"category_id" integer,
  	"difficulty" "enum_concepts_difficulty",
  	"reading_time" numeric,
  	"last_updated_at" timestamp(3) with time zone,
  	"first_published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_concepts_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "concepts_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "concepts_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"concepts_id" integer
  );
  
  CREATE TABLE "_concepts_v_version_key_traits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"explanation" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_concepts_v_version_pitfalls" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"explanation" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_concepts_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_subtitle" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_slug" varchar,
  	"version_category_id" integer,
  	"version_difficulty" "enum__concepts_v_version_difficulty",
  	"version_reading_time" numeric,
  	"version_last_updated_at" timestamp(3) with time zone,
  	"version_first_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__concepts_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_concepts_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_concepts_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"concepts_id" integer
  );
  
  CREATE TABLE "categories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"description" varchar,
  	"order" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "use_cases" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"organization" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"slug" varchar,
  	"link" varchar,
  	"year" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_use_cases_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "use_cases_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"concepts_id" integer
  );
  
  CREATE TABLE "_use_cases_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_organization" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_slug" varchar,
  	"version_link" varchar,
  	"version_year" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__use_cases_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_use_cases_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"concepts_id" integer
  );
  
  CREATE TABLE "faqs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"answer" jsonb,
  	"concept_id" integer,
  	"order" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_faqs_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_faqs_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_question" varchar,
  	"version_answer" jsonb,
  	"version_concept_id" integer,
  	"version_order" numeric DEFAULT 0,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__faqs_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_open_graph_url" varchar,
  	"sizes_open_graph_width" numeric,
  	"sizes_open_graph_height" numeric,
  	"sizes_open_graph_mime_type" varchar,
  	"sizes_open_graph_filesize" numeric,
  	"sizes_open_graph_filename" varchar
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"concepts_id" integer,
  	"categories_id" integer,
  	"use_cases_id" integer,
  	"faqs_id" integer,
  	"media_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "concepts_key_traits" ADD CONSTRAINT "concepts_key_traits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."concepts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "concepts_pitfalls" ADD CONSTRAINT "concepts_pitfalls_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."concepts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "concepts" ADD CONSTRAINT "concepts_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "concepts_texts" ADD CONSTRAINT "concepts_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."concepts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "concepts_rels" ADD CONSTRAINT "concepts_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."concepts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "concepts_rels" ADD CONSTRAINT "concepts_rels_concepts_fk" FOREIGN KEY ("concepts_id") REFERENCES "public"."concepts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_concepts_v_version_key_traits" ADD CONSTRAINT "_concepts_v_version_key_traits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_concepts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_concepts_v_version_pitfalls" ADD CONSTRAINT "_concepts_v_version_pitfalls_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_concepts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_concepts_v" ADD CONSTRAINT "_concepts_v_parent_id_concepts_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."concepts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_concepts_v" ADD CONSTRAINT "_concepts_v_version_category_id_categories_id_fk" FOREIGN KEY ("version_category_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_concepts_v_texts" ADD CONSTRAINT "_concepts_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_concepts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_concepts_v_rels" ADD CONSTRAINT "_concepts_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_concepts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_concepts_v_rels" ADD CONSTRAINT "_concepts_v_rels_concepts_fk" FOREIGN KEY ("concepts_id") REFERENCES "public"."concepts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "use_cases_rels" ADD CONSTRAINT "use_cases_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."use_cases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "use_cases_rels" ADD CONSTRAINT "use_cases_rels_concepts_fk" FOREIGN KEY ("concepts_id") REFERENCES "public"."concepts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_use_cases_v" ADD CONSTRAINT "_use_cases_v_parent_id_use_cases_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."use_cases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_use_cases_v_rels" ADD CONSTRAINT "_use_cases_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_use_cases_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_use_cases_v_rels" ADD CONSTRAINT "_use_cases_v_rels_concepts_fk" FOREIGN KEY ("concepts_id") REFERENCES "public"."concepts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs" ADD CONSTRAINT "faqs_concept_id_concepts_id_fk" FOREIGN KEY ("concept_id") REFERENCES "public"."concepts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v" ADD CONSTRAINT "_faqs_v_parent_id_faqs_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."faqs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v" ADD CONSTRAINT "_faqs_v_version_concept_id_concepts_id_fk" FOREIGN KEY ("version_concept_id") REFERENCES "public"."concepts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_concepts_fk" FOREIGN KEY ("concepts_id") REFERENCES "public"."concepts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_use_cases_fk" FOREIGN KEY ("use_cases_id") REFERENCES "public"."use_cases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "concepts_key_traits_order_idx" ON "concepts_key_traits" USING btree ("_order");
  CREATE INDEX "concepts_key_traits_parent_id_idx" ON "concepts_key_traits" USING btree ("_parent_id");
  CREATE INDEX "concepts_pitfalls_order_idx" ON "concepts_pitfalls" USING btree ("_order");
  CREATE INDEX "concepts_pitfalls_parent_id_idx" ON "concepts_pitfalls" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "concepts_title_idx" ON "concepts" USING btree ("title");
  CREATE UNIQUE INDEX "concepts_slug_idx" ON "concepts" USING btree ("slug");
  CREATE INDEX "concepts_category_idx" ON "concepts" USING btree ("category_id");
  CREATE INDEX "concepts_last_updated_at_idx" ON "concepts" USING btree ("last_updated_at");
  CREATE INDEX "concepts_updated_at_idx" ON "concepts" USING btree ("updated_at");
  CREATE INDEX "concepts_created_at_idx" ON "concepts" USING btree ("created_at");
  CREATE INDEX "concepts__status_idx" ON "concepts" USING btree ("_status");
  CREATE INDEX "concepts_texts_order_parent" ON "concepts_texts" USING btree ("order","parent_id");
  CREATE INDEX "concepts_rels_order_idx" ON "concepts_rels" USING btree ("order");
  CREATE INDEX "concepts_rels_parent_idx" ON "concepts_rels" USING btree ("parent_id");
  CREATE INDEX "concepts_rels_path_idx" ON "concepts_rels" USING btree ("path");
  CREATE INDEX "concepts_rels_concepts_id_idx" ON "concepts_rels" USING btree ("concepts_id");
  CREATE INDEX "_concepts_v_version_key_traits_order_idx" ON "_concepts_v_version_key_traits" USING btree ("_order");
  CREATE INDEX "_concepts_v_version_key_traits_parent_id_idx" ON "_concepts_v_version_key_traits" USING btree ("_parent_id");
  CREATE INDEX "_concepts_v_version_pitfalls_order_idx" ON "_concepts_v_version_pitfalls" USING btree ("_order");
  CREATE INDEX "_concepts_v_version_pitfalls_parent_id_idx" ON "_concepts_v_version_pitfalls" USING btree ("_parent_id");
  CREATE INDEX "_concepts_v_parent_idx" ON "_concepts_v" USING btree ("parent_id");
  CREATE INDEX "_concepts_v_version_version_title_idx" ON "_concepts_v" USING btree ("version_title");
  CREATE INDEX "_concepts_v_version_version_slug_idx" ON "_concepts_v" USING btree ("version_slug");
  CREATE INDEX "_concepts_v_version_version_category_idx" ON "_concepts_v" USING btree ("version_category_id");
  CREATE INDEX "_concepts_v_version_version_last_updated_at_idx" ON "_concepts_v" USING btree ("version_last_updated_at");
  CREATE INDEX "_concepts_v_version_version_updated_at_idx" ON "_concepts_v" USING btree ("version_updated_at");
  CREATE INDEX "_concepts_v_version_version_created_at_idx" ON "_concepts_v" USING btree ("version_created_at");
  CREATE INDEX "_concepts_v_version_version__status_idx" ON "_concepts_v" USING btree ("version__status");
  CREATE INDEX "_concepts_v_created_at_idx" ON "_concepts_v" USING btree ("created_at");
  CREATE INDEX "_concepts_v_updated_at_idx" ON "_concepts_v" USING btree ("updated_at");
  CREATE INDEX "_concepts_v_latest_idx" ON "_concepts_v" USING btree ("latest");
  CREATE INDEX "_concepts_v_autosave_idx" ON "_concepts_v" USING btree ("autosave");
  CREATE INDEX "_concepts_v_texts_order_parent" ON "_concepts_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_concepts_v_rels_order_idx" ON "_concepts_v_rels" USING btree ("order");
  CREATE INDEX "_concepts_v_rels_parent_idx" ON "_concepts_v_rels" USING btree ("parent_id");
  CREATE INDEX "_concepts_v_rels_path_idx" ON "_concepts_v_rels" USING btree ("path");
  CREATE INDEX "_concepts_v_rels_concepts_id_idx" ON "_concepts_v_rels" USING btree ("concepts_id");
  CREATE UNIQUE INDEX "categories_name_idx" ON "categories" USING btree ("name");
  CREATE UNIQUE INDEX "categories_slug_idx" ON "categories" USING btree ("slug");
  CREATE INDEX "categories_updated_at_idx" ON "categories" USING btree ("updated_at");
  CREATE INDEX "categories_created_at_idx" ON "categories" USING btree ("created_at");
  CREATE UNIQUE INDEX "use_cases_slug_idx" ON "use_cases" USING btree ("slug");
  CREATE INDEX "use_cases_updated_at_idx" ON "use_cases" USING btree ("updated_at");
  CREATE INDEX "use_cases_created_at_idx" ON "use_cases" USING btree ("created_at");
  CREATE INDEX "use_cases__status_idx" ON "use_cases" USING btree ("_status");
  CREATE INDEX "use_cases_rels_order_idx" ON "use_cases_rels" USING btree ("order");
  CREATE INDEX "use_cases_rels_parent_idx" ON "use_cases_rels" USING btree ("parent_id");
  CREATE INDEX "use_cases_rels_path_idx" ON "use_cases_rels" USING btree ("path");
  CREATE INDEX "use_cases_rels_concepts_id_idx" ON "use_cases_rels" USING btree ("concepts_id");
  CREATE INDEX "_use_cases_v_parent_idx" ON "_use_cases_v" USING btree ("parent_id");
  CREATE INDEX "_use_cases_v_version_version_slug_idx" ON "_use_cases_v" USING btree ("version_slug");
  CREATE INDEX "_use_cases_v_version_version_updated_at_idx" ON "_use_cases_v" USING btree ("version_updated_at");
  CREATE INDEX "_use_cases_v_version_version_created_at_idx" ON "_use_cases_v" USING btree ("version_created_at");
  CREATE INDEX "_use_cases_v_version_version__status_idx" ON "_use_cases_v" USING btree ("version__status");
  CREATE INDEX "_use_cases_v_created_at_idx" ON "_use_cases_v" USING btree ("created_at");
  CREATE INDEX "_use_cases_v_updated_at_idx" ON "_use_cases_v" USING btree ("updated_at");
  CREATE INDEX "_use_cases_v_latest_idx" ON "_use_cases_v" USING btree ("latest");
  CREATE INDEX "_use_cases_v_rels_order_idx" ON "_use_cases_v_rels" USING btree ("order");
  CREATE INDEX "_use_cases_v_rels_parent_idx" ON "_use_cases_v_rels" USING btree ("parent_id");
  CREATE INDEX "_use_cases_v_rels_path_idx" ON "_use_cases_v_rels" USING btree ("path");
  CREATE INDEX "_use_cases_v_rels_concepts_id_idx" ON "_use_cases_v_rels" USING btree ("concepts_id");
  CREATE INDEX "faqs_concept_idx" ON "faqs" USING btree ("concept_id");
  CREATE INDEX "faqs_updated_at_idx" ON "faqs" USING btree ("updated_at");
  CREATE INDEX "faqs_created_at_idx" ON "faqs" USING btree ("created_at");
  CREATE INDEX "faqs__status_idx" ON "faqs" USING btree ("_status");
  CREATE INDEX "_faqs_v_parent_idx" ON "_faqs_v" USING btree ("parent_id");
  CREATE INDEX "_faqs_v_version_version_concept_idx" ON "_faqs_v" USING btree ("version_concept_id");
  CREATE INDEX "_faqs_v_version_version_updated_at_idx" ON "_faqs_v" USING btree ("version_updated_at");
  CREATE INDEX "_faqs_v_version_version_created_at_idx" ON "_faqs_v" USING btree ("version_created_at");
  CREATE INDEX "_faqs_v_version_version__status_idx" ON "_faqs_v" USING btree ("version__status");
  CREATE INDEX "_faqs_v_created_at_idx" ON "_faqs_v" USING btree ("created_at");
  CREATE INDEX "_faqs_v_updated_at_idx" ON "_faqs_v" USING btree ("updated_at");
  CREATE INDEX "_faqs_v_latest_idx" ON "_faqs_v" USING btree ("latest");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_open_graph_sizes_open_graph_filename_idx" ON "media" USING btree ("sizes_open_graph_filename");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_concepts_id_idx" ON "payload_locked_documents_rels" USING btree ("concepts_id");
  CREATE INDEX "payload_locked_documents_rels_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("categories_id");
  CREATE INDEX "payload_locked_documents_rels_use_cases_id_idx" ON "payload_locked_documents_rels" USING btree ("use_cases_id");
  CREATE INDEX "payload_locked_documents_rels_faqs_id_idx" ON "payload_locked_documents_rels" USING btree ("faqs_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "concepts_key_traits" CASCADE;
  DROP TABLE "concepts_pitfalls" CASCADE;
  DROP TABLE "concepts" CASCADE;
  DROP TABLE "concepts_texts" CASCADE;
  DROP TABLE "concepts_rels" CASCADE;
  DROP TABLE "_concepts_v_version_key_traits" CASCADE;
  DROP TABLE "_concepts_v_version_pitfalls" CASCADE;
  DROP TABLE "_concepts_v" CASCADE;
  DROP TABLE "_concepts_v_texts" CASCADE;
  DROP TABLE "_concepts_v_rels" CASCADE;
  DROP TABLE "categories" CASCADE;
  DROP TABLE "use_cases" CASCADE;
  DROP TABLE "use_cases_rels" CASCADE;
  DROP TABLE "_use_cases_v" CASCADE;
  DROP TABLE "_use_cases_v_rels" CASCADE;
  DROP TABLE "faqs" CASCADE;
  DROP TABLE "_faqs_v" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."enum_concepts_difficulty";
  DROP TYPE "public"."enum_concepts_status";
  DROP TYPE "public"."enum__concepts_v_version_difficulty";
  DROP TYPE "public"."enum__concepts_v_version_status";
  DROP TYPE "public"."enum_use_cases_status";
  DROP TYPE "public"."enum__use_cases_v_version_status";
  DROP TYPE "public"."enum_faqs_status";
  DROP TYPE "public"."enum__faqs_v_version_status";
  DROP TYPE "public"."enum_users_roles";`)
}
