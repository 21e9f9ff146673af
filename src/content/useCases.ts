import type { Concept, UseCase } from '../payload-types'
import { payloadClient } from './payloadClient'
import { populatedList } from './populated'

export type UseCaseListItem = Pick<UseCase, 'id' | 'title' | 'slug' | 'organization' | 'summary' | 'year'>

export type UseCasePage = Omit<UseCase, 'concepts'> & { concepts: Concept[] }

export async function listPublishedUseCases(): Promise<UseCaseListItem[]> {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'use-cases',
    overrideAccess: false,
    pagination: false,
    depth: 0,
    sort: '-year',
    select: { title: true, slug: true, organization: true, summary: true, year: true },
  })
  return result.docs
}

export async function getPublishedUseCase(slug: string): Promise<UseCasePage | undefined> {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'use-cases',
    overrideAccess: false,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
  })
  const useCase = result.docs[0]
  return useCase ? { ...useCase, concepts: populatedList(useCase.concepts) } : undefined
}
