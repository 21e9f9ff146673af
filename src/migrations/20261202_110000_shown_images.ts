import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'
import { rebuildShownImages } from '@/content/media/shownImages'

// Which images each published concept, use case and FAQ shows (src/content/media/shownImages.ts),
// kept as rows by their hooks: finding the images readers may see read every published text
// before (about 500 ms at 10,000 concepts). Not a Payload collection: no REST, GraphQL or admin.
// Then the rows are written from what is published now.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "shown_images" (
    "doc_type" varchar(16) NOT NULL,
    "doc_id" integer NOT NULL,
    "media_id" integer NOT NULL,
    PRIMARY KEY ("doc_type", "doc_id", "media_id")
  );
  CREATE INDEX "shown_images_media_idx" ON "shown_images" ("media_id");`)
  await rebuildShownImages(db)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE "shown_images";`)
}
