import type { Metadata } from 'next'
import { cachedCategories, cachedCategory, cachedConceptList } from '@/content/cached'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ConceptGrid } from '@/components/ConceptGrid'
import { SLUG_PATTERN } from '@/fields/slugify'
import { CATEGORIES_PATH } from '@/routes'
import { accentStyle } from '@/vocabulary/categoryAccent'

type Props = { params: Promise<{ slug: string }> }

// Publishing refreshes this page in the app at once (cache tags); a CDN in front keeps a copy,
// or the 404 of a concept not yet published, for five minutes at most.
export const revalidate = 300

export async function generateStaticParams() {
  return (await cachedCategories()).map(({ slug }) => ({ slug }))
}

async function categoryFor(params: Props['params']) {
  const { slug } = await params
  return SLUG_PATTERN.test(slug) ? cachedCategory(slug) : undefined
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = await categoryFor(params)
  return category ? { title: category.name, description: category.description ?? undefined } : {}
}

export default async function CategoryPage({ params }: Props) {
  const category = await categoryFor(params)
  if (!category) notFound()
  const concepts = await cachedConceptList({ category: category.slug })
  return (
    <div className="page category-page" style={accentStyle(category.accent)}>
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <Link href={CATEGORIES_PATH}>Categories</Link> / <span aria-current="page">{category.name}</span>
      </nav>
      <h1>{category.name}</h1>
      {category.description ? <p className="lead">{category.description}</p> : null}
      {concepts.length === 0 ? (
        <p className="empty">No concepts are published in this category yet.</p>
      ) : (
        <>
          <p className="meta">
            {concepts.length} {concepts.length === 1 ? 'concept' : 'concepts'}, A to Z
          </p>
          <ConceptGrid concepts={concepts} heading="h2" compact />
        </>
      )}
    </div>
  )
}
