import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'
import { rebuildSearch } from '@/search/indexing/rebuildSearchIndex'

// Search, cheaper per query (the tables are described in src/search/schema/searchTables.ts):
// - passages to cut snippets from, instead of highlighting a document's whole text;
// - how many documents have each lexeme, instead of counting them per query;
// - each vocabulary word's one-letter-less variants, instead of comparing a misspelling
//   with every word by trigrams (that index goes);
// - a vector of the names alone, which finds documents for very common words;
// - a search row keeps only its short columns in the table itself: its text and full
//   vector are stored apart (TOAST), so scanning thousands of matches reads fewer pages.
// Then the whole index is built again from what is published, these tables included.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "search_word_variants" (
  	"variant" varchar(64) NOT NULL,
  	"word" varchar(64) NOT NULL,
  	CONSTRAINT "search_word_variants_variant_word_pk" PRIMARY KEY("variant","word")
  );
  
  CREATE TABLE "search_passages" (
  	"document_id" integer NOT NULL,
  	"position" smallint NOT NULL,
  	"text" text NOT NULL,
  	"vector" "tsvector" NOT NULL,
  	CONSTRAINT "search_passages_document_id_position_pk" PRIMARY KEY("document_id","position")
  );
  
  CREATE TABLE "search_lexemes" (
  	"lexeme" text collate "C" PRIMARY KEY NOT NULL,
  	"documents" integer NOT NULL
  );
  
  DROP INDEX "search_words_trgm_idx";
  ALTER TABLE "search_documents" ADD COLUMN "names_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('english', names)) STORED NOT NULL;
  ALTER TABLE "search_word_variants" ADD CONSTRAINT "search_word_variants_word_search_words_word_fk" FOREIGN KEY ("word") REFERENCES "public"."search_words"("word") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_passages" ADD CONSTRAINT "search_passages_document_id_search_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."search_documents"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "search_lexemes_unused_idx" ON "search_lexemes" USING btree ("lexeme") WHERE documents <= 0;
  CREATE INDEX "search_documents_names_vector_idx" ON "search_documents" USING gin ("names_vector");
  ALTER TABLE "search_documents" SET (toast_tuple_target = 1024);`)
  await rebuildSearch(db)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "search_word_variants" CASCADE;
  DROP TABLE "search_passages" CASCADE;
  DROP TABLE "search_lexemes" CASCADE;
  DROP INDEX "search_documents_names_vector_idx";
  ALTER TABLE "search_documents" DROP COLUMN "names_vector";
  ALTER TABLE "search_documents" RESET (toast_tuple_target);
  CREATE INDEX "search_words_trgm_idx" ON "search_words" USING gist ("word" gist_trgm_ops);`)
}
