import { notFound } from 'next/navigation'
import { cachedUseCasePage } from '@/content/cached'
import { listPagePath, USE_CASES_PATH } from '@/routes'
import { Pagination } from './Pagination'
import { UseCaseCard } from './UseCaseCard'
import { counted } from '@/vocabulary/counted'

/** One page of the published use cases, newest first. */
export async function UseCaseListView({ page }: { page: number }) {
  const list = await cachedUseCasePage(page)
  if (page > list.totalPages) notFound()
  return (
    <div className="page">
      <h1>Use cases</h1>
      <p className="lead">What real teams shipped with these ideas, and what happened.</p>
      {list.totalPages > 1 ? (
        <p className="meta">
          {counted(list.totalUseCases, 'use case')} · page {page} of {list.totalPages}
        </p>
      ) : null}
      {list.useCases.length === 0 ? (
        <p className="empty">No use cases are published yet.</p>
      ) : (
        <ul className="use-cases">
          {list.useCases.map((useCase) => (
            <UseCaseCard key={useCase.id} useCase={useCase} heading="h2" />
          ))}
        </ul>
      )}
      <Pagination
        page={page}
        totalPages={list.totalPages}
        pathFor={(n) => listPagePath(USE_CASES_PATH, n)}
        label="Pages of use cases"
      />
    </div>
  )
}
