// The shared cache of Next's pages and data (src/cache): entries per build, and when each
// cache tag last expired, with a counter that lets every instance read only what changed.
// Not Payload collections: no REST, GraphQL or admin, and not in backups.
import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "groundwork_cache_entries" (
    "build_id" varchar NOT NULL,
    "key" text NOT NULL,
    "value" bytea NOT NULL,
    "tags" text[] NOT NULL,
    "cache_control" jsonb,
    "last_modified" double precision NOT NULL,
    "bytes" integer NOT NULL,
    PRIMARY KEY ("build_id", "key")
  );
  CREATE INDEX "groundwork_cache_entries_last_modified_idx" ON "groundwork_cache_entries" ("last_modified");
  CREATE SEQUENCE "groundwork_cache_tag_changes";
  CREATE TABLE "groundwork_cache_tags" (
    "tag" text PRIMARY KEY NOT NULL,
    "expired_at" double precision NOT NULL,
    "change" bigint NOT NULL
  );
  CREATE INDEX "groundwork_cache_tags_change_idx" ON "groundwork_cache_tags" ("change");
  CREATE INDEX "groundwork_cache_tags_expired_at_idx" ON "groundwork_cache_tags" ("expired_at");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TABLE "groundwork_cache_tags";
  DROP SEQUENCE "groundwork_cache_tag_changes";
  DROP TABLE "groundwork_cache_entries";`)
}
