import type { ConceptListItem } from '@/content/cached'
import { ConceptCard, type CardHeading } from './ConceptCard'

export function ConceptGrid({ concepts, heading }: { concepts: ConceptListItem[]; heading?: CardHeading }) {
  return (
    <div className="card-grid">
      {concepts.map((concept) => (
        <ConceptCard key={concept.id} concept={concept} heading={heading} />
      ))}
    </div>
  )
}
