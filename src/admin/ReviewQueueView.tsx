// /admin/review-queue: everything waiting for review, oldest first, with author, what
// changed and since when; then approved work waiting to be published.
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { reviewQueue } from '../review/reviewQueue'
import { QueueTable } from './QueueTable'
import './review.css'

export async function ReviewQueueView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const items = req.user ? await reviewQueue(req.payload, ['in_review', 'approved']) : []
  const waiting = items.filter((item) => item.state === 'in_review')
  const approved = items.filter((item) => item.state === 'approved')
  const adminRoute = req.payload.config.routes.admin
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter className="gw-queue">
        <h1>Review queue</h1>
        <h2>Awaiting review</h2>
        {waiting.length === 0 ? (
          <p>Nothing is waiting for review.</p>
        ) : (
          <QueueTable items={waiting} caption="Work waiting for review, oldest first" adminRoute={adminRoute} />
        )}
        <h2>Approved, ready to publish</h2>
        {approved.length === 0 ? (
          <p>Nothing approved is waiting to be published.</p>
        ) : (
          <QueueTable items={approved} caption="Approved work not yet published, oldest first" adminRoute={adminRoute} />
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
