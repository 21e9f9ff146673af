import type { Metadata } from 'next'
import { cachedCategories } from '@/content/cached'
import { CategoryGrid } from '@/components/home/CategoryGrid'
import { pageMetadata } from '@/seo/pageMetadata'
import { CATEGORIES_PATH } from '@/routes'

export const metadata: Metadata = pageMetadata({ title: 'Categories', path: CATEGORIES_PATH })

export default async function CategoriesPage() {
  const categories = await cachedCategories()
  return (
    <div className="page">
      <h1>Categories</h1>
      <p className="lead">Every concept belongs to one of these, from the foundations up.</p>
      {categories.length > 0 ? (
        <CategoryGrid categories={categories} heading="All categories" />
      ) : (
        <p className="empty">No categories yet.</p>
      )}
    </div>
  )
}
