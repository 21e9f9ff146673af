import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Removing a word from the vocabulary removes its variants (the foreign key cascades): the
// table's key is led by the variant, so without this index each removed word scanned the
// whole table, and emptying the vocabulary for a rebuild took seconds even on the demo content.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "search_word_variants_word_idx" ON "search_word_variants" USING btree ("word");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "search_word_variants_word_idx";`)
}
