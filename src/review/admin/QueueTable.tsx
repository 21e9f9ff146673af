// One table of the review queue: sortable columns, the state as a pill, waiting time relative
// to now, and what changed in editors' words (the same comparison as the review view).
import { Pill } from '@payloadcms/ui'
import { capitalised } from './capitalised'
import type { QueueSort } from '@/review/rules/queueOrder'
import type { QueueItem } from '@/review/queries/reviewQueue'
import { RelativeTime } from '@/admin/RelativeTime.client'
import { adminReviewPath } from '@/routes'

type Column = { key: 'title' | 'submittedBy' | 'submittedAt'; label: string }

const SORTABLE: Column[] = [
  { key: 'title', label: 'Document' },
  { key: 'submittedBy', label: 'Author' },
  { key: 'submittedAt', label: 'Submitted' },
]

function SortHeader({ column, sort }: { column: Column; sort: QueueSort }) {
  const active = sort.replace(/^-/, '') === column.key
  const descending = active && sort.startsWith('-')
  const next = active && !descending ? `-${column.key}` : column.key
  return (
    <th scope="col" aria-sort={active ? (descending ? 'descending' : 'ascending') : 'none'}>
      <a href={`?sort=${next}`} className="gw-queue__sort">
        {column.label}
        <span aria-hidden="true">{active ? (descending ? ' ↓' : ' ↑') : ''}</span>
      </a>
    </th>
  )
}

export function QueueTable({
  items,
  caption,
  adminRoute,
  sort,
}: {
  items: QueueItem[]
  caption: string
  adminRoute: string
  sort: QueueSort
}) {
  return (
    <div className="table">
      <table>
        <caption className="gw-review__sr">{caption}</caption>
        <thead>
          <tr>
            <SortHeader column={SORTABLE[0]} sort={sort} />
            <th scope="col">State</th>
            <SortHeader column={SORTABLE[1]} sort={sort} />
            <SortHeader column={SORTABLE[2]} sort={sort} />
            <th scope="col">What changed</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={`${item.collection}-${item.id}`}>
              <td>
                <a href={adminReviewPath(adminRoute, item)}>{item.title || 'Untitled'}</a>
                <br />
                <small>{capitalised(item.label)}</small>
              </td>
              <td>
                <Pill pillStyle={item.state === 'approved' ? 'success' : 'light'} size="small">
                  {item.stateLabel}
                </Pill>
              </td>
              <td>{item.submittedBy}</td>
              <td>
                <RelativeTime iso={item.submittedAt} />
              </td>
              <td>
                {item.isNew
                  ? `New ${item.label}`
                  : item.changed.length > 0
                    ? item.changed.join(', ')
                    : 'No content change'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
