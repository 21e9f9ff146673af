// What the home page (and the 404 page's suggestions) read: a few concepts picked by the
// pure rules in homeSelection.ts, each pick its own small query, so the cost stays the same
// at ten concepts or ten thousand.
import type { Where } from 'payload'
import { DIFFICULTIES, type Difficulty } from '@/vocabulary/difficulty'
import { recentlyPublished, recentlyUpdated, startHerePaths, weekPosition } from '@/content/homeSelection'
import { CONCEPT_CARD_FIELDS, type ConceptListItem } from './concepts'
import { findAsReader, findPageAsReader } from './readAsReader'
import { populated } from './populated'

/** Recent updates include first publications; this many of the latest leave enough revisions to show. */
const UPDATES_LOOKED_AT = 24

export type LearningPath = { difficulty: Difficulty; concepts: ConceptListItem[] }

export type HomeSelection = {
  conceptCount: number
  featured?: ConceptListItem
  paths: LearningPath[]
  recentlyPublished: ConceptListItem[]
  recentlyUpdated: ConceptListItem[]
}

type CardQuery = { sort: string[]; limit: number; difficulty?: Difficulty }

function cardQuery({ sort, limit, difficulty }: CardQuery) {
  const where: Where = difficulty ? { difficulty: { equals: difficulty } } : {}
  return {
    collection: 'concepts',
    where,
    sort,
    limit,
    depth: 1,
    select: CONCEPT_CARD_FIELDS,
    populate: { categories: { name: true, slug: true, accent: true } },
  } as const
}

type CardDoc = Omit<ConceptListItem, 'category'> & { category?: ConceptListItem['category'] | number | null }

const asCards = (docs: CardDoc[]): ConceptListItem[] =>
  docs.map((doc) => ({ ...doc, category: populated(doc.category) }))

async function cards(query: CardQuery): Promise<ConceptListItem[]> {
  return asCards((await findAsReader(cardQuery(query))).docs)
}

/** Page `page` of the cards, and how many published concepts there are in all (one count query more). */
async function cardsAndTotal(query: CardQuery, page = 1) {
  const result = await findPageAsReader(cardQuery(query), page)
  return { total: result.totalDocs, concepts: asCards(result.docs) }
}

/** The first `perLevel` concepts by title at each level, beginner first. */
export async function readLearningPaths(perLevel: number): Promise<LearningPath[]> {
  const levels = await Promise.all(
    DIFFICULTIES.map((difficulty) => cards({ sort: ['title', 'id'], limit: perLevel, difficulty })),
  )
  return startHerePaths(levels.flat(), perLevel)
}

async function featuredConcept(count: number, now: Date): Promise<ConceptListItem | undefined> {
  if (count === 0) return undefined
  const { concepts } = await cardsAndTotal({ sort: ['title', 'id'], limit: 1 }, weekPosition(count, now) + 1)
  return concepts[0]
}

export async function readHomeSelection(now: Date): Promise<HomeSelection> {
  const [published, updated, paths] = await Promise.all([
    cardsAndTotal({ sort: ['-firstPublishedAt', '-id'], limit: 4 }),
    cards({ sort: ['-lastUpdatedAt', '-id'], limit: UPDATES_LOOKED_AT }),
    readLearningPaths(3),
  ])
  return {
    conceptCount: published.total,
    featured: await featuredConcept(published.total, now),
    paths,
    recentlyPublished: recentlyPublished(published.concepts, 4),
    recentlyUpdated: recentlyUpdated(updated, 4),
  }
}
