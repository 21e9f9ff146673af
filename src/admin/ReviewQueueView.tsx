// /admin/review-queue: everything waiting for review, oldest first, with author, what
// changed and since when.
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { reviewQueue } from '../review/reviewQueue'
import './review.css'

export async function ReviewQueueView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const items = req.user ? await reviewQueue(req.payload) : []
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
        {items.length === 0 ? (
          <p>Nothing is waiting for review.</p>
        ) : (
          <table>
            <caption className="gw-review__sr">Work waiting for review, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Document</th>
                <th scope="col">Author</th>
                <th scope="col">Waiting since</th>
                <th scope="col">What changed</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={`${item.collection}-${item.id}`}>
                  <td>
                    <a href={`${adminRoute}/collections/${item.collection}/${item.id}`}>{item.title}</a>
                    <br />
                    <small>{item.label}</small>
                  </td>
                  <td>{item.submittedBy}</td>
                  <td>
                    <time dateTime={item.submittedAt}>{new Date(item.submittedAt).toUTCString()}</time>
                  </td>
                  <td>{item.changed.length > 0 ? item.changed.join(', ') : 'New document'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
