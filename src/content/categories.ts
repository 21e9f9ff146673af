import type { Category } from '../payload-types'
import { payloadClient } from './payloadClient'

export type CategoryWithCount = Category & { conceptCount: number }

/** Categories in their editorial order, each with how many published concepts it holds. */
export async function listCategories(): Promise<CategoryWithCount[]> {
  const payload = await payloadClient()
  const [categories, concepts] = await Promise.all([
    payload.find({ collection: 'categories', overrideAccess: false, pagination: false, sort: 'order' }),
    payload.find({
      collection: 'concepts',
      overrideAccess: false,
      pagination: false,
      depth: 0,
      select: { category: true },
    }),
  ])
  const counts = new Map<number, number>()
  for (const concept of concepts.docs) {
    const id = typeof concept.category === 'object' ? concept.category.id : concept.category
    counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  return categories.docs.map((category) => ({ ...category, conceptCount: counts.get(category.id) ?? 0 }))
}

export async function getCategory(slug: string): Promise<Category | undefined> {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'categories',
    overrideAccess: false,
    where: { slug: { equals: slug } },
    limit: 1,
  })
  return result.docs[0]
}
