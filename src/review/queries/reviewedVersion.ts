// What a reviewer decides on: the document's draft as it is, and a concept's FAQs and use cases
// with changes of their own. The review view and panel hand this version to the approval, and
// an approval of an older one is refused, inside the approving write (hooks/approvalAsSeen.ts):
// nothing submitted or saved while the reviewer was reading goes live unseen with what they did read.
import crypto from 'node:crypto'
import type { Payload } from 'payload'
import { companionsOf, PENDING_STATES, type Companion } from '@/review/hooks/companions'
import { REVIEWED_COLLECTIONS, type ReviewedCollection } from '@/review/reviewedCollections'

/** The version of a draft as read (its `updatedAt`) with the pending companions read after it. */
export function versionOf(
  draft: { updatedAt: string },
  companions: Pick<Companion, 'collection' | 'id' | 'updatedAt'>[],
) {
  const parts = [
    draft.updatedAt,
    ...companions.map(({ collection, id, updatedAt }) => `${collection}/${id}@${updatedAt}`),
  ]
  return crypto.createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 24)
}

/** The version as it is now. */
export async function reviewedVersion(payload: Payload, slug: ReviewedCollection['slug'], id: number): Promise<string> {
  const draft = await payload.findByID({
    collection: slug,
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    select: { updatedAt: true },
  })
  const companions =
    'hasCompanions' in REVIEWED_COLLECTIONS[slug] ? await companionsOf(payload, id, PENDING_STATES) : []
  return versionOf(draft, companions)
}
