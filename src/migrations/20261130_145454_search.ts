import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Search (src/search): the index tables, declared to the adapter in searchTables.ts, and the
// extensions they need; both are "trusted", so a database owner may create them. Also the
// per-concept auto-link switch. The next migration fills the index: filling it runs
// today's indexing code, which writes tables that only exist from then on.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE EXTENSION IF NOT EXISTS pg_trgm;
   CREATE EXTENSION IF NOT EXISTS unaccent;
   CREATE TABLE "search_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"doc_type" varchar(16) NOT NULL,
  	"doc_id" integer NOT NULL,
  	"slug" varchar NOT NULL,
  	"title" varchar NOT NULL,
  	"summary" varchar NOT NULL,
  	"category_id" integer,
  	"difficulty" varchar(16),
  	"names" text NOT NULL,
  	"name_list" text[] NOT NULL,
  	"content" text NOT NULL,
  	"vector" "tsvector" NOT NULL,
  	"lead_vector" "tsvector" NOT NULL,
  	"indexed_at" timestamp (3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "search_words" (
  	"word" varchar(64) PRIMARY KEY NOT NULL
  );
  
  ALTER TABLE "concepts" ADD COLUMN "link_mentions" boolean DEFAULT true;
  ALTER TABLE "_concepts_v" ADD COLUMN "version_link_mentions" boolean DEFAULT true;
  CREATE UNIQUE INDEX "search_documents_doc_idx" ON "search_documents" USING btree ("doc_type","doc_id");
  CREATE INDEX "search_documents_vector_idx" ON "search_documents" USING gin ("vector");
  CREATE INDEX "search_documents_lead_vector_idx" ON "search_documents" USING gin ("lead_vector");
  CREATE INDEX "search_documents_names_trgm_idx" ON "search_documents" USING gin ("names" gin_trgm_ops);
  CREATE INDEX "search_documents_category_idx" ON "search_documents" USING btree ("category_id");
  CREATE INDEX "search_words_trgm_idx" ON "search_words" USING gist ("word" gist_trgm_ops);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "search_documents" CASCADE;
  DROP TABLE "search_words" CASCADE;
  ALTER TABLE "concepts" DROP COLUMN "link_mentions";
  ALTER TABLE "_concepts_v" DROP COLUMN "version_link_mentions";`)
}
