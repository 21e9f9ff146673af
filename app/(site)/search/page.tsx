import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { SearchForm } from '@/components/searchPage/SearchForm'
import { SearchHits } from '@/components/searchPage/SearchHits'
import { SearchPagination } from '@/components/searchPage/SearchPagination'
import { BrowseLinks, StartingPoints } from '@/components/searchPage/StartingPoints'
import { cachedCategories, cachedFacetTotals, cachedStartingPoints, searchPublished } from '@/content/cached'
import { MIN_QUERY_LENGTH } from '@/search/query/parseQuery'
import { lastResultPage, readSearchPageParams, type SearchRequest } from '@/search/query/searchRequest'
import { emptyOutcome, type SearchOutcome } from '@/search/runSearch'
import { searchPath } from '@/routes'
import { counted } from '@/vocabulary/counted'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

// Results for a query are never cached (queries are unbounded); the pieces around them are.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = (await searchParams).q
  const query = typeof q === 'string' ? q.trim().slice(0, 80) : ''
  return { title: query ? `Search: ${query}` : 'Search', robots: { index: false, follow: true } }
}

function Summary({ request, outcome }: { request: SearchRequest; outcome: SearchOutcome }) {
  const { total, didYouMean } = outcome
  const filters = { type: request.type, category: request.category, difficulty: request.difficulty }
  return (
    <>
      <p className="meta" role="status">
        {total === 0 ? 'No results' : counted(total, 'result')} for “{request.q.trim()}”
      </p>
      {didYouMean ? (
        <p className="did-you-mean">
          Did you mean <Link href={searchPath(didYouMean, filters)}>{didYouMean}</Link>?
        </p>
      ) : null}
    </>
  )
}

export default async function SearchPage({ searchParams }: Props) {
  const categories = await cachedCategories()
  const request = readSearchPageParams(
    await searchParams,
    categories.map((category) => category.slug),
  )
  const searched = request.q.trim().length >= MIN_QUERY_LENGTH
  const outcome = searched ? await searchPublished(request) : emptyOutcome(request)
  // A page past the results (an old link, a hand-edited address) goes to their last page.
  const lastPage = lastResultPage(outcome.total, request.limit)
  if (outcome.total > 0 && request.page > lastPage) {
    const { q, type, category, difficulty } = request
    redirect(searchPath(q, { type, category, difficulty, page: lastPage > 1 ? lastPage : undefined }))
  }
  return (
    <>
      <h1>Search</h1>
      <SearchForm
        request={request}
        facets={outcome.query === '' ? await cachedFacetTotals() : outcome.facets}
        categories={categories}
      />
      {outcome.query === '' ? (
        <>
          {searched || request.q ? <p role="status">Type at least {MIN_QUERY_LENGTH} letters to search.</p> : null}
          <StartingPoints concepts={await cachedStartingPoints()} />
        </>
      ) : (
        <>
          <Summary request={request} outcome={outcome} />
          {outcome.total === 0 ? (
            <BrowseLinks />
          ) : (
            <>
              <SearchHits hits={outcome.results} start={(request.page - 1) * request.limit + 1} />
              <SearchPagination request={request} total={outcome.total} />
            </>
          )}
        </>
      )}
    </>
  )
}
