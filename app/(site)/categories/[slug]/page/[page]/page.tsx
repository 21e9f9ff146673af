import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { CategoryView } from '@/components/CategoryView'
import { cachedCategory, cachedConceptPage } from '@/content/cached'
import { parsePageNumber } from '@/content/pageNumber'
import { SLUG_PATTERN } from '@/fields/slugify'
import { categoryPath, listPagePath } from '@/routes'
import { pageMetadata } from '@/seo/pageMetadata'

type Props = { params: Promise<{ slug: string; page: string }> }

// A category's later pages: each rendered on its first request, then cached like the first.
export const revalidate = 300

export async function generateStaticParams() {
  return []
}

async function pageFor(params: Props['params']) {
  const { slug, page } = await params
  const number = parsePageNumber(page)
  const category = SLUG_PATTERN.test(slug) && number !== undefined ? await cachedCategory(slug) : undefined
  return category && number !== undefined ? { category, number } : undefined
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await pageFor(params)
  if (!found) notFound()
  const { category, number } = found
  // Past the last page too: the metadata must agree with the page, which is missing.
  const list = await cachedConceptPage({ category: category.slug, sort: 'name' }, number)
  if (number > list.totalPages) notFound()
  return pageMetadata({
    title: `${category.name}, page ${number}`,
    path: listPagePath(categoryPath(category.slug), number),
  })
}

export default async function CategoryListPage({ params }: Props) {
  const found = await pageFor(params)
  if (!found) notFound()
  if (found.number === 1) permanentRedirect(categoryPath(found.category.slug))
  return <CategoryView category={found.category} page={found.number} />
}
