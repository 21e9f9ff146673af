// What the public site reads about concepts. Access is never overridden: the site
// sees exactly what an anonymous REST or GraphQL reader would.
import type { Where } from 'payload'
import type { Category, Concept, Faq, UseCase } from '@/payload-types'
import { CONCEPTS_PER_PAGE, type ConceptFilters } from '@/content/conceptFilters'
import { payloadClient } from '@/content/payloadClient'
import { relationId } from '@/fields/relationId'
import { findAsReader, findPageAsReader } from './readAsReader'
import { populated, populatedList } from './populated'

export type ConceptListItem = Pick<
  Concept,
  'id' | 'title' | 'slug' | 'summary' | 'difficulty' | 'readingTime' | 'firstPublishedAt' | 'lastUpdatedAt'
> & {
  category?: Category
}

type ConceptLink = Pick<Concept, 'id' | 'title' | 'slug' | 'summary'>
const LINK_FIELDS = { title: true, slug: true, summary: true } as const

export type ConceptPage = Omit<Concept, 'category' | 'faqs' | 'useCases' | 'related' | 'prerequisites'> & {
  category?: Category
  faqs: Faq[]
  useCases: UseCase[]
  related: ConceptLink[]
  prerequisites: ConceptLink[]
  /** Concepts that list this one as a prerequisite. */
  buildsOnThis: ConceptLink[]
  /** Neighbours in title order within the category. */
  previous?: ConceptLink
  next?: ConceptLink
}

/** One page of an index or category list, with what its page links need. */
export type ConceptListPage = { concepts: ConceptListItem[]; page: number; totalPages: number; totalConcepts: number }

/** What a concept card shows. */
export const CONCEPT_CARD_FIELDS = {
  title: true,
  slug: true,
  summary: true,
  difficulty: true,
  readingTime: true,
  category: true,
  firstPublishedAt: true,
  lastUpdatedAt: true,
} as const

function whereFor(filters: Partial<ConceptFilters>): Where {
  const conditions: Where[] = []
  if (filters.category) conditions.push({ 'category.slug': { equals: filters.category } })
  if (filters.difficulty) conditions.push({ difficulty: { equals: filters.difficulty } })
  return { and: conditions }
}

/** Page `page` of the published concepts that match the filters, in the filters' order. */
export async function listConceptPage(filters: Partial<ConceptFilters>, page: number): Promise<ConceptListPage> {
  const result = await findPageAsReader(
    {
      collection: 'concepts',
      where: whereFor(filters),
      sort: filters.sort === 'updated' ? ['-lastUpdatedAt', '-id'] : ['title', 'id'],
      limit: CONCEPTS_PER_PAGE,
      depth: 1,
      select: CONCEPT_CARD_FIELDS,
      populate: { categories: { name: true, slug: true, accent: true } },
    },
    page,
  )
  return {
    concepts: result.docs.map((doc) => ({ ...doc, category: populated(doc.category) })),
    page: result.page ?? page,
    totalPages: Math.max(result.totalPages, 1),
    totalConcepts: result.totalDocs,
  }
}

/** The newest published concepts (first `limit` by last update): those worth building ahead of time. */
export async function listRecentConceptSlugs(limit: number): Promise<string[]> {
  const result = await findAsReader({
    collection: 'concepts',
    sort: '-lastUpdatedAt',
    limit,
    depth: 0,
    select: { slug: true },
  })
  return result.docs.map((doc) => doc.slug)
}

const pageQuery = (slug: string) =>
  ({
    collection: 'concepts',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    joins: { faqs: { limit: 100, sort: 'order' }, useCases: { limit: 100, sort: '-year' } },
    // Related concepts and prerequisites show as cards: their bodies are not read at all.
    populate: { concepts: LINK_FIELDS },
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

const BUILDS_ON_THIS_SHOWN = 24

/**
 * The concept just before or after this one in title order within its category: a walk along
 * the title index from this title, not a scan. Titles are unique, so the title alone orders
 * them (a tie-break on the id would make PostgreSQL scan every title before this one).
 */
async function neighbour(concept: Concept, categoryId: number, direction: 'previous' | 'next') {
  const beyond = direction === 'previous' ? 'less_than' : 'greater_than'
  const { docs } = await findAsReader({
    collection: 'concepts',
    where: { category: { equals: categoryId }, title: { [beyond]: concept.title } },
    sort: direction === 'previous' ? '-title' : 'title',
    limit: 1,
    depth: 0,
    select: LINK_FIELDS,
  })
  return docs[0]
}

async function withSurroundings(concept: Concept): Promise<ConceptPage> {
  const category = populated(concept.category)
  const categoryId = category?.id ?? relationId(concept.category)
  const [followUps, previous, next] = await Promise.all([
    findAsReader({
      collection: 'concepts',
      where: { prerequisites: { equals: concept.id } },
      depth: 0,
      sort: 'title',
      limit: BUILDS_ON_THIS_SHOWN,
      select: LINK_FIELDS,
    }),
    categoryId === undefined ? undefined : neighbour(concept, categoryId, 'previous'),
    categoryId === undefined ? undefined : neighbour(concept, categoryId, 'next'),
  ])
  return {
    ...concept,
    category,
    faqs: populatedList(concept.faqs?.docs),
    useCases: populatedList(concept.useCases?.docs),
    related: populatedList(concept.related),
    prerequisites: populatedList(concept.prerequisites),
    buildsOnThis: followUps.docs,
    previous,
    next,
  }
}
