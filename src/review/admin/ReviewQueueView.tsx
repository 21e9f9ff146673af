// /admin/review-queue: everything waiting for review (oldest first unless sorted otherwise),
// with author, what changed and since when; then approved work waiting to be published.
import type { AdminViewServerProps } from 'payload'
import { queueSort, sortQueue } from '@/review/rules/queueOrder'
import { reviewQueue } from '@/review/queries/reviewQueue'
import { AdminPage } from '@/admin/AdminPage'
import { QueueTable } from './QueueTable'
import './review.css'

export async function ReviewQueueView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const sort = queueSort(searchParams?.sort)
  const items = sortQueue(req.user ? await reviewQueue(req.payload, ['in_review', 'approved']) : [], sort)
  const waiting = items.filter((item) => item.state === 'in_review')
  const approved = items.filter((item) => item.state === 'approved')
  const adminRoute = req.payload.config.routes.admin
  return (
    <AdminPage initPageResult={initPageResult} params={params} searchParams={searchParams} className="gw-queue">
      <h1>Review queue</h1>
      <p className="gw-review__note">Open a document to read its changes beside the published version and decide.</p>
      <h2>Awaiting review ({waiting.length})</h2>
      {waiting.length === 0 ? (
        <p>Nothing is waiting for review.</p>
      ) : (
        <QueueTable items={waiting} caption="Work waiting for review" adminRoute={adminRoute} sort={sort} />
      )}
      <h2>Approved, ready to publish ({approved.length})</h2>
      {approved.length === 0 ? (
        <p>Nothing approved is waiting to be published.</p>
      ) : (
        <QueueTable items={approved} caption="Approved work not yet published" adminRoute={adminRoute} sort={sort} />
      )}
    </AdminPage>
  )
}
