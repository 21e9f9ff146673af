import type { ConceptListItem } from '@/content/cached'
import { ConceptCard } from './ConceptCard'

export function ConceptGrid({ concepts }: { concepts: ConceptListItem[] }) {
  return (
    <div className="card-grid">
      {concepts.map((concept) => (
        <ConceptCard key={concept.id} concept={concept} />
      ))}
    </div>
  )
}
