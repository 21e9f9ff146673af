// One document's changes as a reviewer reads them: each changed field with the words
// added and removed marked inline.
import type { DocumentComparison } from '@/review/compare/reviewComparison'

export function ContentChanges({
  comparison,
  headingLevel,
}: {
  comparison: DocumentComparison
  headingLevel: 'h2' | 'h3'
}) {
  const Heading = headingLevel
  if (comparison.changes.length === 0) {
    return <p className="gw-review__note">No changes to its content against the published version.</p>
  }
  return (
    <dl className="gw-diff">
      {comparison.changes.map((change) => (
        <div key={change.name} className="gw-diff__field">
          <dt>
            <Heading className="gw-diff__label">{change.label}</Heading>
          </dt>
          <dd className="gw-diff__text">
            {change.parts.map((part, index) =>
              part.change === 'added' ? (
                <ins key={index}>{part.text}</ins>
              ) : part.change === 'removed' ? (
                <del key={index}>{part.text}</del>
              ) : (
                <span key={index}>{part.text}</span>
              ),
            )}
          </dd>
        </div>
      ))}
    </dl>
  )
}
