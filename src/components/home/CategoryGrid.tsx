import Link from 'next/link'
import type { CategoryWithCount } from '@/content/cached'
import { categoryPath } from '@/routes'
import { accentStyle } from '@/vocabulary/categoryAccent'
import { counted } from '@/vocabulary/counted'

/** Categories as cards in their accent colour, with how many concepts each holds. */
export function CategoryGrid({
  categories,
  heading = 'Browse by category',
}: {
  categories: CategoryWithCount[]
  heading?: string
}) {
  if (categories.length === 0) return null
  return (
    <section aria-labelledby="browse-categories">
      <h2 id="browse-categories">{heading}</h2>
      <ul className="category-grid">
        {categories.map((category) => (
          <li key={category.id} className="card category-card" style={accentStyle(category.accent)}>
            <h3 className="card-title">
              <Link href={categoryPath(category.slug)} className="card-link">
                {category.name}
              </Link>
            </h3>
            {category.description ? <p className="card-summary">{category.description}</p> : null}
            <p className="meta">{counted(category.conceptCount, 'concept')}</p>
          </li>
        ))}
      </ul>
    </section>
  )
}
