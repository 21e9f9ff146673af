import Link from 'next/link'

type Props = { page: number; totalPages: number; pathFor: (page: number) => string; label: string }

/** The pages shown as numbers: the first, the last, and two either side of the current one. */
export function visiblePages(page: number, totalPages: number): (number | 'gap')[] {
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, totalPages])]
    .filter((n) => n >= 1 && n <= totalPages)
    .sort((a, b) => a - b)
  return shown.flatMap((n, i) => (i > 0 && n - shown[i - 1] > 1 ? ['gap' as const, n] : [n]))
}

/** Previous, numbered and next page links: plain links, so paging works without JavaScript. */
export function Pagination({ page, totalPages, pathFor, label }: Props) {
  if (totalPages <= 1) return null
  return (
    <nav aria-label={label} className="pagination">
      {page > 1 ? (
        <Link href={pathFor(page - 1)} rel="prev" className="pagination-step">
          ← Previous
        </Link>
      ) : null}
      <ol>
        {visiblePages(page, totalPages).map((n, i) =>
          n === 'gap' ? (
            <li key={`gap-${i}`} aria-hidden="true" className="pagination-gap">
              …
            </li>
          ) : (
            <li key={n}>
              {n === page ? (
                <span aria-current="page">{n}</span>
              ) : (
                <Link href={pathFor(n)} aria-label={`Page ${n}`}>
                  {n}
                </Link>
              )}
            </li>
          ),
        )}
      </ol>
      {page < totalPages ? (
        <Link href={pathFor(page + 1)} rel="next" className="pagination-step">
          Next →
        </Link>
      ) : null}
    </nav>
  )
}
