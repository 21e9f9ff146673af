import type { Concept, UseCase } from '@/payload-types'
import { findAsReader, findPageAsReader } from './readAsReader'
import { populatedList } from './populated'

export type UseCaseListItem = Pick<UseCase, 'id' | 'title' | 'slug' | 'organization' | 'summary' | 'year'>

export type UseCasePage = Omit<UseCase, 'concepts'> & { concepts: Concept[] }

const USE_CASES_PER_PAGE = 30

export type UseCaseListPage = { useCases: UseCaseListItem[]; page: number; totalPages: number; totalUseCases: number }

/** Page `page` of the published use cases, newest year first. */
export async function listUseCasePage(page: number): Promise<UseCaseListPage> {
  const result = await findPageAsReader(
    {
      collection: 'use-cases',
      depth: 0,
      sort: ['-year', 'title', 'id'],
      limit: USE_CASES_PER_PAGE,
      select: { title: true, slug: true, organization: true, summary: true, year: true },
    },
    page,
  )
  return {
    useCases: result.docs,
    page: result.page ?? page,
    totalPages: Math.max(result.totalPages, 1),
    totalUseCases: result.totalDocs,
  }
}

export async function getPublishedUseCase(slug: string): Promise<UseCasePage | undefined> {
  const result = await findAsReader({
    collection: 'use-cases',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
  })
  const useCase = result.docs[0]
  return useCase ? { ...useCase, concepts: populatedList(useCase.concepts) } : undefined
}
