import type { ConceptPage } from '@/content/cached'
import { RichText } from '@/components/RichText'
import { Breadcrumbs } from './Breadcrumbs'
import { CategoryNeighbours } from './CategoryNeighbours'
import { ConceptHeader } from './ConceptHeader'
import { ConceptLinks } from '@/components/ConceptLinks'
import { Faqs } from './Faqs'
import { KeyTraits } from './KeyTraits'
import { Pitfalls } from './Pitfalls'
import { conceptSections } from './sections'
import { TableOfContents } from './TableOfContents'
import { UseCases } from './UseCases'

/** Every part of a concept page, in the order readers meet them. */
export function ConceptArticle({ concept }: { concept: ConceptPage }) {
  return (
    <>
      <Breadcrumbs concept={concept} />
      <article className="concept">
        <ConceptHeader concept={concept} />
        <TableOfContents sections={conceptSections(concept)} />
        <ConceptLinks id="prerequisites" heading="Read first" concepts={concept.prerequisites} />
        {concept.body ? (
          <section aria-labelledby="what-is">
            <h2 id="what-is">What is {concept.title}?</h2>
            <RichText data={concept.body} className="prose" />
          </section>
        ) : null}
        <KeyTraits concept={concept} />
        <UseCases concept={concept} />
        <Pitfalls concept={concept} />
        <Faqs concept={concept} />
        <ConceptLinks id="related" heading="Related concepts" concepts={concept.related} />
        <ConceptLinks id="read-next" heading="What to read next" concepts={concept.buildsOnThis} />
      </article>
      <CategoryNeighbours concept={concept} />
    </>
  )
}
