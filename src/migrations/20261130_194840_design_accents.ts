// Concepts gain how their name reads mid-sentence ("a foundation model"), and categories an
// accent colour. Existing categories take the accents in turn, in their editorial order.
import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TYPE "public"."enum_categories_accent" AS ENUM('teal', 'violet', 'amber', 'rose', 'blue', 'green');
  ALTER TABLE "concepts" ADD COLUMN "name_in_sentence" varchar;
  ALTER TABLE "_concepts_v" ADD COLUMN "version_name_in_sentence" varchar;
  ALTER TABLE "categories" ADD COLUMN "accent" "enum_categories_accent" DEFAULT 'teal' NOT NULL;
  UPDATE "categories" SET "accent" = (enum_range(NULL::"enum_categories_accent"))[1 + (ranked.position - 1) % 6]
    FROM (SELECT "id", row_number() OVER (ORDER BY "order", "id") AS position FROM "categories") AS ranked
    WHERE ranked."id" = "categories"."id";`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "concepts" DROP COLUMN "name_in_sentence";
  ALTER TABLE "_concepts_v" DROP COLUMN "version_name_in_sentence";
  ALTER TABLE "categories" DROP COLUMN "accent";
  DROP TYPE "public"."enum_categories_accent";`)
}
