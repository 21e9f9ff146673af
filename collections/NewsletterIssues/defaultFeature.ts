// A new issue features, unless the editor picks otherwise, the newest published concept that
// no earlier issue has featured and that has a published use case, with its newest such use
// case: an issue needs both, and a default that cannot be sent would fail only at send time.
import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'
import { requestDatabase } from '@/db/requestDatabase'

type Feature = { concept: number; use_case: number }

async function unfeaturedPair(req: PayloadRequest): Promise<Feature | undefined> {
  const db = await requestDatabase(req)
  const { rows } = await db.execute<Feature>(sql`
    SELECT c."id" AS "concept", featured_use_case."id" AS "use_case"
    FROM "concepts" AS c
    CROSS JOIN LATERAL (
      SELECT u."id" FROM "use_cases" AS u
      JOIN "use_cases_rels" AS r ON r."parent_id" = u."id" AND r."path" = 'concepts'
      WHERE r."concepts_id" = c."id" AND u."_status" = 'published'
      ORDER BY u."year" DESC NULLS LAST, u."id" DESC
      LIMIT 1
    ) AS featured_use_case
    WHERE c."_status" = 'published'
      AND NOT EXISTS (SELECT 1 FROM "newsletter_issues" AS i WHERE i."concept_id" = c."id")
    ORDER BY c."first_published_at" DESC NULLS LAST, c."id" DESC
    LIMIT 1`)
  return rows[0]
}

export const unfeaturedConcept = async (req: PayloadRequest) => (await unfeaturedPair(req))?.concept

export const useCaseOfUnfeaturedConcept = async (req: PayloadRequest) => (await unfeaturedPair(req))?.use_case
