import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Counters for rate limits (src/security/rateLimits), kept in the database so every app
// instance counts the same hits. Not a Payload collection: no API, admin or versions.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "rate_limits" (
    "bucket" varchar(300) PRIMARY KEY NOT NULL,
    "hits" integer NOT NULL,
    "window_started_at" timestamp(3) with time zone NOT NULL
   );
   CREATE INDEX "rate_limits_window_started_at_idx" ON "rate_limits" USING btree ("window_started_at");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE "rate_limits";`)
}
