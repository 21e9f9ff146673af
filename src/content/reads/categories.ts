import type { Category } from '@/payload-types'
import { findAsReader } from './readAsReader'
import { countConceptsByCategory } from './publishedIndex'

export type CategoryWithCount = Category & { conceptCount: number }

/** Categories in their editorial order, each with how many published concepts it holds. */
export async function listCategories(): Promise<CategoryWithCount[]> {
  const [categories, counts] = await Promise.all([
    findAsReader({ collection: 'categories', sort: 'order' }),
    countConceptsByCategory(),
  ])
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
