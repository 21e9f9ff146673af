import Link from 'next/link'
import { notFound } from 'next/navigation'
import { cachedConceptPage } from '@/content/cached'
import type { Category } from '@/payload-types'
import { CATEGORIES_PATH, categoryPath, listPagePath } from '@/routes'
import { accentStyle } from '@/vocabulary/categoryAccent'
import { ConceptGrid } from './ConceptGrid'
import { Pagination } from './Pagination'
import { counted } from '@/vocabulary/counted'

/** One page of a category's concepts, A to Z. */
export async function CategoryView({ category, page }: { category: Category; page: number }) {
  const list = await cachedConceptPage({ category: category.slug, sort: 'name' }, page)
  if (page > list.totalPages) notFound()
  return (
    <div className="page category-page" style={accentStyle(category.accent)}>
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <Link href={CATEGORIES_PATH}>Categories</Link> / <span aria-current="page">{category.name}</span>
      </nav>
      <h1>{category.name}</h1>
      {category.description ? <p className="lead">{category.description}</p> : null}
      {list.totalConcepts === 0 ? (
        <p className="empty">No concepts are published in this category yet.</p>
      ) : (
        <>
          <p className="meta">
            {counted(list.totalConcepts, 'concept')}, A to Z
            {list.totalPages > 1 ? ` · page ${page} of ${list.totalPages}` : ''}
          </p>
          <ConceptGrid concepts={list.concepts} heading="h2" compact />
          <Pagination
            page={page}
            totalPages={list.totalPages}
            pathFor={(n) => listPagePath(categoryPath(category.slug), n)}
            label={`Pages of ${category.name}`}
          />
        </>
      )}
    </div>
  )
}
