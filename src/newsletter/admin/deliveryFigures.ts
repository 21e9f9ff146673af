// How a send went, for the admin: rows by delivery state, and how many readers it reached
// have unsubscribed since.
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { searchDb } from '@/search/searchDb'
import { DELIVERY_STATES, type DeliveryState } from '@/newsletter/deliveryStates'

export type DeliveryFigures = Record<DeliveryState, number> & { recipients: number; unsubscribedSince: number }

export async function deliveryFigures(payload: Payload, issueId: number): Promise<DeliveryFigures> {
  const db = searchDb(payload)
  const [byState, unsubscribed] = await Promise.all([
    db.execute<{ status: DeliveryState; count: string }>(sql`
      SELECT "status", count(*) AS "count" FROM "newsletter_deliveries"
      WHERE "issue_id" = ${issueId} GROUP BY "status"`),
    db.execute<{ count: string }>(sql`
      SELECT count(*) AS "count" FROM "newsletter_deliveries" AS d
      JOIN "subscribers" AS s ON s."id" = d."subscriber_id"
      WHERE d."issue_id" = ${issueId} AND d."status" = 'sent' AND s."unsubscribed_at" >= d."sent_at"`),
  ])
  const figures = Object.fromEntries(DELIVERY_STATES.map((state) => [state, 0])) as Record<DeliveryState, number>
  for (const row of byState.rows) figures[row.status] = Number(row.count)
  return {
    ...figures,
    recipients: Object.values(figures).reduce((sum, count) => sum + count, 0),
    unsubscribedSince: Number(unsubscribed.rows[0]?.count ?? 0),
  }
}
