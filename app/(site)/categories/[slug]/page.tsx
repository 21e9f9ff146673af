import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { CategoryView } from '@/components/CategoryView'
import { cachedCategories, cachedCategory } from '@/content/cached'
import { SLUG_PATTERN } from '@/fields/slugify'
import { categoryPath } from '@/routes'
import { pageMetadata } from '@/seo/pageMetadata'

type Props = { params: Promise<{ slug: string }> }

// Publishing refreshes this page in the app at once (cache tags); a CDN in front keeps a copy,
// or the 404 of a concept not yet published, for five minutes at most.
export const revalidate = 300

export async function generateStaticParams() {
  return (await cachedCategories()).map(({ slug }) => ({ slug }))
}

async function categoryFor(slug: string) {
  return SLUG_PATTERN.test(slug) ? cachedCategory(slug) : undefined
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = await categoryFor((await params).slug)
  if (!category) notFound()
  return pageMetadata({
    title: category.name,
    description: category.description ?? undefined,
    path: categoryPath(category.slug),
  })
}

export default async function CategoryPage({ params }: Props) {
  const category = await categoryFor((await params).slug)
  if (!category) notFound()
  return <CategoryView category={category} page={1} />
}
