// What the public site reads about concepts. Access is never overridden: the site
// sees exactly what an anonymous REST or GraphQL reader would.
import type { Where } from 'payload'
import type { Category, Concept, Faq, UseCase } from '@/payload-types'
import type { ConceptFilters } from '@/content/conceptFilters'
import { payloadClient } from '@/content/payloadClient'
import { findAsReader } from './readAsReader'
import { populated, populatedList } from './populated'

export type ConceptListItem = Pick<
  Concept,
  'id' | 'title' | 'slug' | 'summary' | 'difficulty' | 'readingTime' | 'firstPublishedAt' | 'lastUpdatedAt'
> & {
  category?: Category
}

type ConceptLink = Pick<Concept, 'id' | 'title' | 'slug' | 'summary'>

export type ConceptPage = Omit<Concept, 'category' | 'faqs' | 'useCases' | 'related' | 'prerequisites'> & {
  category?: Category
  faqs: Faq[]
  useCases: UseCase[]
  related: Concept[]
  prerequisites: Concept[]
  /** Concepts that list this one as a prerequisite. */
  buildsOnThis: ConceptLink[]
  /** Neighbours in title order within the category. */
  previous?: ConceptLink
  next?: ConceptLink
}

function whereFor(filters: Partial<ConceptFilters>): Where {
  const conditions: Where[] = []
  if (filters.category) conditions.push({ 'category.slug': { equals: filters.category } })
  if (filters.difficulty) conditions.push({ difficulty: { equals: filters.difficulty } })
  return { and: conditions }
}

export async function listPublishedConcepts(filters: Partial<ConceptFilters> = {}): Promise<ConceptListItem[]> {
  const result = await findAsReader({
    collection: 'concepts',
    where: whereFor(filters),
    sort: filters.sort === 'updated' ? '-lastUpdatedAt' : 'title',
    depth: 1,
    select: {
      title: true,
      slug: true,
      summary: true,
      difficulty: true,
      readingTime: true,
      category: true,
      firstPublishedAt: true,
      lastUpdatedAt: true,
    },
  })
  return result.docs.map((doc) => ({ ...doc, category: populated(doc.category) }))
}

const pageQuery = (slug: string) =>
  ({
    collection: 'concepts',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    joins: { faqs: { limit: 100, sort: 'order' }, useCases: { limit: 100, sort: '-year' } },
  }) as const

/** A concept page as readers see it. */
export async function getConceptPage(slug: string): Promise<ConceptPage | undefined> {
  const { docs } = await findAsReader(pageQuery(slug))
  return docs[0] && withSurroundings(docs[0])
}

/**
 * The latest draft of a concept page, for signed-in staff previewing it (the caller has
 * checked that): the one read that sees drafts. What surrounds it stays as readers see it.
 */
export async function getConceptDraftPage(slug: string): Promise<ConceptPage | undefined> {
  const payload = await payloadClient()
  const { docs } = await payload.find({ ...pageQuery(slug), draft: true, overrideAccess: true })
  return docs[0] && withSurroundings(docs[0])
}

async function withSurroundings(concept: Concept): Promise<ConceptPage> {
  const category = populated(concept.category)
  const linkFields = { title: true, slug: true, summary: true } as const
  const [followUps, siblings] = await Promise.all([
    findAsReader({
      collection: 'concepts',
      where: { prerequisites: { equals: concept.id } },
      depth: 0,
      sort: 'title',
      select: linkFields,
    }),
    findAsReader({
      collection: 'concepts',
      where: { category: { equals: category?.id ?? concept.category } },
      depth: 0,
      sort: 'title',
      select: linkFields,
    }),
  ])
  const position = siblings.docs.findIndex((sibling) => sibling.id === concept.id)
  return {
    ...concept,
    category,
    faqs: populatedList(concept.faqs?.docs),
    useCases: populatedList(concept.useCases?.docs),
    related: populatedList(concept.related),
    prerequisites: populatedList(concept.prerequisites),
    buildsOnThis: followUps.docs,
    previous: position > 0 ? siblings.docs[position - 1] : undefined,
    next: position >= 0 ? siblings.docs[position + 1] : undefined,
  }
}
