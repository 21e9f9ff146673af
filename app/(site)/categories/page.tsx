import type { Metadata } from 'next'
import { cachedCategories } from '@/content/cached'
import Link from 'next/link'
import { categoryPath } from '@/routes'

export const metadata: Metadata = { title: 'Categories' }

export default async function CategoriesPage() {
  const categories = await cachedCategories()
  return (
    <>
      <h1>Categories</h1>
      <ul className="card-grid plain-list">
        {categories.map((category) => (
          <li key={category.id} className="card">
            <h2>
              <Link href={categoryPath(category.slug)}>{category.name}</Link>
            </h2>
            {category.description ? <p>{category.description}</p> : null}
            <p className="meta">
              {category.conceptCount} {category.conceptCount === 1 ? 'concept' : 'concepts'}
            </p>
          </li>
        ))}
      </ul>
    </>
  )
}
