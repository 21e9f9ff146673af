// An approval takes exactly what the reviewer saw, or nothing. The check runs inside the
// approving write: against the draft that write is built from, and the companions read in
// its transaction; each companion the approval then carries must be one of those, unchanged.
// An edit or a submit that lands while the approval is under way makes it a 409, never part of it.
import { APIError, type PayloadRequest, type RequestContext } from 'payload'
import { companionOf, rememberSeenCompanions, requestedAction, seenCompanionChange } from '@/review/context'
import { versionOf } from '@/review/queries/reviewedVersion'
import { reviewedCollection } from '@/review/reviewedCollections'
import { companionsOf, PENDING_STATES } from './companions'

const changedSinceOpened = () =>
  new APIError('This changed after you opened it: reload to see what is there now, then decide.', 409, null, true)

/** Refuses an approval whose draft, or whose companions, are not the version the reviewer saw. */
export async function refuseApprovalOfUnseen(
  req: PayloadRequest,
  slug: string,
  draft: { id: number; updatedAt: string },
  context: RequestContext,
): Promise<void> {
  const seen = requestedAction(context)?.seen
  if (seen !== undefined) {
    const companions = reviewedCollection(slug)?.hasCompanions
      ? await companionsOf(req.payload, draft.id, PENDING_STATES, req)
      : []
    if (versionOf(draft, companions) !== seen) throw changedSinceOpened()
    // On the request's context, which the companions' writes inherit (a hook's own may be a copy).
    rememberSeenCompanions(req.context, companions)
    return
  }
  if (companionOf(context) === undefined) return
  const seenChange = seenCompanionChange(req.context, slug, draft.id)
  if (seenChange !== null && seenChange !== draft.updatedAt) throw changedSinceOpened()
}
