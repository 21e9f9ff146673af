// Gathers the facts the readiness checklist needs from a concept's draft (or the values
// in the edit form) and the database.
import type { Payload } from 'payload'
import type { Concept } from '@/payload-types'
import { lexicalPlainText } from '@/fields/lexicalPlainText'
import { countWords } from '@/fields/readingMinutes'
import type { ReadinessFacts } from '@/review/rules/readiness'
import { relationId } from '@/fields/relationId'

type LexicalNode = {
  type?: string
  children?: LexicalNode[]
  value?: unknown
  relationTo?: string
  fields?: { linkType?: string; doc?: { relationTo?: string; value?: unknown } }
}

type Reference = number | { id: number } | null | undefined

function walk(node: LexicalNode | undefined, visit: (node: LexicalNode) => void): void {
  if (!node) return
  visit(node)
  node.children?.forEach((child) => walk(child, visit))
}

function bodyReferences(body: Concept['body']) {
  const images: number[] = []
  const concepts: number[] = []
  walk(body?.root as LexicalNode | undefined, (node) => {
    if (node.type === 'upload' && node.relationTo === 'media') {
      const id = relationId(node.value)
      if (id !== undefined) images.push(id)
    }
    if (node.type === 'link' && node.fields?.linkType === 'internal' && node.fields.doc?.relationTo === 'concepts') {
      const id = relationId(node.fields.doc.value)
      if (id !== undefined) concepts.push(id)
    }
  })
  return { images, concepts }
}

async function imagesWithoutAlt(payload: Payload, ids: number[]): Promise<number> {
  if (ids.length === 0) return 0
  const found = await payload.find({
    collection: 'media',
    where: { id: { in: ids } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { alt: true },
  })
  const withAlt = new Set(found.docs.filter((media) => media.alt?.trim()).map((media) => media.id))
  return ids.filter((id) => !withAlt.has(id)).length
}

async function unpublishedConcepts(payload: Payload, ids: number[]): Promise<string[]> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return []
  const found = await payload.find({
    collection: 'concepts',
    where: { id: { in: unique } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { title: true, _status: true },
  })
  const published = new Set(
    found.docs.filter((concept) => concept._status === 'published').map((concept) => concept.id),
  )
  const titles = new Map(found.docs.map((concept) => [concept.id, concept.title]))
  return unique.filter((id) => !published.has(id)).map((id) => titles.get(id) ?? `missing concept #${id}`)
}

async function countLinked(payload: Payload, conceptId: number | undefined) {
  if (conceptId === undefined) return { useCases: 0, faqs: 0 }
  const [useCases, faqs] = await Promise.all([
    payload.count({ collection: 'use-cases', where: { concepts: { in: [conceptId] } }, overrideAccess: true }),
    payload.count({ collection: 'faqs', where: { concept: { equals: conceptId } }, overrideAccess: true }),
  ])
  return { useCases: useCases.totalDocs, faqs: faqs.totalDocs }
}

export async function conceptReadinessFacts(
  payload: Payload,
  concept: Partial<Concept> & { related?: Reference[] | null; prerequisites?: Reference[] | null },
): Promise<ReadinessFacts> {
  const references = bodyReferences(concept.body)
  const linked = [...(concept.related ?? []), ...(concept.prerequisites ?? [])].map(relationId)
  const [missingAlt, unpublishedLinks, counts] = await Promise.all([
    imagesWithoutAlt(payload, references.images),
    unpublishedConcepts(payload, [...references.concepts, ...linked.filter((id): id is number => id !== undefined)]),
    countLinked(payload, concept.id),
  ])
  return {
    hasSummary: Boolean(concept.summary?.trim()),
    hasCategory: relationId(concept.category) !== undefined,
    hasDifficulty: Boolean(concept.difficulty),
    bodyWords: countWords(lexicalPlainText(concept.body)),
    keyTraits: concept.keyTraits?.length ?? 0,
    pitfalls: concept.pitfalls?.length ?? 0,
    imagesWithoutAlt: missingAlt,
    unpublishedLinks,
    ...counts,
  }
}
