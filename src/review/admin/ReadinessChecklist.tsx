import type { ChecklistItem } from '@/review/rules/readiness'

export function ReadinessChecklist({ items }: { items: ChecklistItem[] }) {
  const missing = items.filter((item) => !item.done).length
  return (
    <div className="gw-review__checklist">
      <p className="gw-review__subheading">
        {missing === 0 ? 'Checklist complete' : `Before review: ${missing} to do`}
      </p>
      <ul aria-label="Publish readiness">
        {items.map((item) => (
          <li key={item.id} data-done={item.done}>
            <span aria-hidden="true">{item.done ? '✓' : '○'}</span> {item.label}
            <span className="gw-review__sr">{item.done ? ' (done)' : ' (missing)'}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}
