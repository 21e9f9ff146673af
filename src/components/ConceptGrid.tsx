import type { ConceptListItem } from '@/content/cached'
import { ConceptCard, type CardHeading } from './ConceptCard'

type Props = { concepts: ConceptListItem[]; heading?: CardHeading; compact?: boolean }

/** Concepts as cards; compact ones make a dense, scannable list. */
export function ConceptGrid({ concepts, heading, compact = false }: Props) {
  return (
    <div className={compact ? 'card-list' : 'card-grid'}>
      {concepts.map((concept) => (
        <ConceptCard key={concept.id} concept={concept} heading={heading} compact={compact} />
      ))}
    </div>
  )
}
