import type { Category } from '@/payload-types'
import { relationId } from '@/fields/relationId'
import { findAsReader } from './readAsReader'

export type CategoryWithCount = Category & { conceptCount: number }

/** Categories in their editorial order, each with how many published concepts it holds. */
export async function listCategories(): Promise<CategoryWithCount[]> {
  const [categories, concepts] = await Promise.all([
    findAsReader({ collection: 'categories', sort: 'order' }),
    findAsReader({
      collection: 'concepts',
      depth: 0,
      select: { category: true },
    }),
  ])
  const counts = new Map<number, number>()
  for (const concept of concepts.docs) {
    const id = relationId(concept.category)
    if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  return categories.docs.map((category) => ({ ...category, conceptCount: counts.get(category.id) ?? 0 }))
}

export async function getCategory(slug: string): Promise<Category | undefined> {
  const result = await findAsReader({
    collection: 'categories',
    where: { slug: { equals: slug } },
    limit: 1,
  })
  return result.docs[0]
}
