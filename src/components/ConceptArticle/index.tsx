import type { ConceptPage } from '@/content/cached'
import type { MentionDictionary } from '@/search/mentions/mentionDictionary'
import type { SimilarConcept } from '@/search/similarConcepts'
import { ConceptBody } from './ConceptBody'
import { Breadcrumbs } from './Breadcrumbs'
import { CategoryNeighbours } from './CategoryNeighbours'
import { ConceptHeader } from './ConceptHeader'
import { ConceptLinks } from '@/components/ConceptLinks'
import { SignUpForm } from '@/components/newsletter/SignUpForm'
import { Faqs } from './Faqs'
import { KeyTraits } from './KeyTraits'
import { Pitfalls } from './Pitfalls'
import { conceptSections } from './sections'
import { TableOfContents } from './TableOfContents'
import { UseCases } from './UseCases'

type Props = {
  concept: ConceptPage
  /** Published concepts the body may link to (and preview). */
  mentions: MentionDictionary
  /** Shown instead of related concepts when its editors picked none. */
  similar: SimilarConcept[]
  /** A signed-in staff member's draft preview. */
  preview?: boolean
}

/**
 * Every part of a concept page, in the order readers meet them. On wide screens the table
 * of contents stands beside the text; a thin bar at the top shows how far the reader is.
 */
export function ConceptArticle({ concept, mentions, similar, preview = false }: Props) {
  return (
    <>
      <div className="reading-progress" aria-hidden="true" />
      <Breadcrumbs concept={concept} />
      <article className="concept">
        <ConceptHeader concept={concept} />
        <TableOfContents sections={conceptSections(concept, similar.length > 0)} />
        <div className="concept-content">
          <ConceptLinks id="prerequisites" heading="Read first" concepts={concept.prerequisites} />
          <ConceptBody concept={concept} mentions={mentions} preview={preview} />
          <KeyTraits concept={concept} />
          <UseCases concept={concept} />
          <Pitfalls concept={concept} />
          <Faqs concept={concept} preview={preview} />
          {concept.related.length > 0 ? (
            <ConceptLinks id="related" heading="Related concepts" concepts={concept.related} />
          ) : (
            <ConceptLinks id="related" heading="Similar concepts" concepts={similar} />
          )}
          <ConceptLinks id="read-next" heading="What to read next" concepts={concept.buildsOnThis} />
          <CategoryNeighbours concept={concept} />
          <SignUpForm source="concept" />
        </div>
      </article>
    </>
  )
}
