import Link from 'next/link'
import { lastResultPage, type SearchRequest } from '@/search/query/searchRequest'
import { searchPath } from '@/routes'

/** Previous and next pages of results, keeping the query and filters. */
export function SearchPagination({ request, total }: { request: SearchRequest; total: number }) {
  const pages = lastResultPage(total, request.limit)
  if (pages <= 1) return null
  const href = (page: number) =>
    searchPath(request.q, { type: request.type, category: request.category, difficulty: request.difficulty, page })
  return (
    <nav className="pagination" aria-label="Result pages">
      {request.page > 1 ? <Link href={href(request.page - 1)}>Previous page</Link> : null}
      <span>
        Page {request.page} of {pages}
      </span>
      {request.page < pages ? <Link href={href(request.page + 1)}>Next page</Link> : null}
    </nav>
  )
}
