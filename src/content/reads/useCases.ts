import type { Concept, UseCase } from '@/payload-types'
import { findAsReader } from './readAsReader'
import { populatedList } from './populated'

export type UseCaseListItem = Pick<UseCase, 'id' | 'title' | 'slug' | 'organization' | 'summary' | 'year'>

export type UseCasePage = Omit<UseCase, 'concepts'> & { concepts: Concept[] }

export async function listPublishedUseCases(): Promise<UseCaseListItem[]> {
  const result = await findAsReader({
    collection: 'use-cases',
    depth: 0,
    sort: '-year',
    select: { title: true, slug: true, organization: true, summary: true, year: true },
  })
  return result.docs
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
