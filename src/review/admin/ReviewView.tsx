// /admin/review/<collection>/<id>: what a reviewer decides on. The draft against the
// published version (a new document: all of it), field by field with the edited words
// marked, then every FAQ and use case reviewed with it, then the review moves.
import { Pill } from '@payloadcms/ui'
import { NotFound, type AdminViewServerProps, type Payload } from 'payload'
import { canEdit } from '@/access/capabilities'
import { reviewComparison, type DocumentComparison } from '@/review/compare/reviewComparison'
import { reviewedVersion } from '@/review/queries/reviewedVersion'
import { reviewedCollection, type ReviewedCollection } from '@/review/reviewedCollections'
import { capitalised } from './capitalised'
import { AdminPage } from '@/admin/AdminPage'
import { ContentChanges } from './ContentChanges'
import { ReviewViewActions } from './ReviewViewActions.client'
import './review.css'
import { adminEditPath, adminReviewQueuePath } from '@/routes'

function reviewTarget(segments: string[] | undefined): { collection: ReviewedCollection; id: number } | null {
  const [, slug, rawId] = segments ?? []
  const collection = reviewedCollection(slug)
  const id = Number(rawId)
  return collection && Number.isInteger(id) && id > 0 ? { collection, id } : null
}

function nullIfNotFound(error: unknown): null {
  if (error instanceof NotFound) return null
  throw error
}

const pillStyle = (state: DocumentComparison['state']) =>
  state === 'approved' || state === 'published' ? 'success' : state === 'changes_requested' ? 'warning' : 'light'

function summaryLine(comparison: DocumentComparison): string {
  if (comparison.isNew) return `A new ${comparison.label}: everything below is new.`
  const count = comparison.changes.length
  return count === 0
    ? 'No content changes against the published version.'
    : `${count} field${count === 1 ? '' : 's'} changed against the published version.`
}

function CompanionComparison({ companion, adminRoute }: { companion: DocumentComparison; adminRoute: string }) {
  return (
    <article className="gw-review-view__companion">
      <h3>
        {capitalised(companion.label)}: {companion.title || 'Untitled'}{' '}
        <Pill pillStyle={pillStyle(companion.state)} size="small">
          {companion.stateLabel}
        </Pill>
      </h3>
      <p>
        {summaryLine(companion)} <a href={adminEditPath(adminRoute, companion)}>Open it</a>
      </p>
      <ContentChanges comparison={companion} headingLevel="h3" />
    </article>
  )
}

function NothingToReview({ adminRoute }: { adminRoute: string }) {
  return (
    <>
      <h1>Nothing to review here</h1>
      <p>
        This document does not exist, or it is not one that goes through review.{' '}
        <a href={adminReviewQueuePath(adminRoute)}>Open the review queue</a>.
      </p>
    </>
  )
}

/** The version is read first: whatever changes while the comparison is read makes it stale, never new. */
async function versionAndComparison(payload: Payload, collection: ReviewedCollection, id: number) {
  const seen = await reviewedVersion(payload, collection.slug, id)
  return { ...(await reviewComparison(payload, collection, id)), seen }
}

export async function ReviewView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const target = reviewTarget((params as { segments?: string[] } | undefined)?.segments)
  const adminRoute = req.payload.config.routes.admin
  const found =
    target && canEdit(req.user)
      ? await versionAndComparison(req.payload, target.collection, target.id).catch(nullIfNotFound)
      : null
  return (
    <AdminPage initPageResult={initPageResult} params={params} searchParams={searchParams} className="gw-review-view">
      {!found ? (
        <NothingToReview adminRoute={adminRoute} />
      ) : (
        <>
          <p className="gw-review-view__eyebrow">
            Review · {found.label} ·{' '}
            <Pill pillStyle={pillStyle(found.state)} size="small">
              {found.stateLabel}
            </Pill>
          </p>
          <h1>{found.title || 'Untitled'}</h1>
          <p>{summaryLine(found)}</p>
          <ContentChanges comparison={found} headingLevel="h2" />
          {found.companions.length > 0 && (
            <section className="gw-review-view__companions" aria-labelledby="gw-companions-heading">
              <h2 id="gw-companions-heading">Reviewed and published with it</h2>
              {found.companions.map((companion) => (
                <CompanionComparison
                  key={`${companion.collection}-${companion.id}`}
                  companion={companion}
                  adminRoute={adminRoute}
                />
              ))}
            </section>
          )}
          <ReviewViewActions
            collection={found.collection}
            id={found.id}
            editPath={adminEditPath(adminRoute, found)}
            seen={found.seen}
          />
        </>
      )}
    </AdminPage>
  )
}
