import type { QueueItem } from '../review/reviewQueue'

/** `keyTraits` → `key traits`: field names as an editor reads them. */
const fieldLabel = (name: string) => name.replace(/([A-Z])/g, ' $1').toLowerCase()

export function QueueTable({ items, caption, adminRoute }: { items: QueueItem[]; caption: string; adminRoute: string }) {
  return (
    <table>
      <caption className="gw-review__sr">{caption}</caption>
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
            <td>{item.changed.length > 0 ? item.changed.map(fieldLabel).join(', ') : 'New document'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
