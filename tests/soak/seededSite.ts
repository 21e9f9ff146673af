// What the demo content gives the soak before its clock starts: the published concepts the
// editors will revise (with how many versions each has), and the pages readers visit.
import type { PaginatedDocs } from 'payload'
import type { Category, Concept, UseCase } from '@/payload-types'
import type { SoakClient } from './http'
import type { Ledger, PublishedConcept } from './ledger'
import type { Staff } from './staff'
import { countVersions } from './versions'

export type SeededSite = {
  concepts: PublishedConcept[]
  categories: Pick<Category, 'id' | 'slug'>[]
  useCaseSlugs: string[]
}

async function list<T>(client: SoakClient, admin: Staff, path: string): Promise<T[]> {
  const answer = await client.request<PaginatedDocs<T>>('check', 'GET', path, { token: admin.token })
  if (!answer.ok || !answer.json) throw new Error(`Reading ${path} failed: ${answer.reason}`)
  return answer.json.docs
}

/** Reads the demo content as an admin, and puts every concept in the ledger with its version count. */
export async function readSeededSite(client: SoakClient, admin: Staff, ledger: Ledger): Promise<SeededSite> {
  const [concepts, categories, useCases] = await Promise.all([
    list<Pick<Concept, 'id' | 'slug' | 'title' | 'summary'>>(
      client,
      admin,
      '/api/concepts?limit=100&depth=0&select[slug]=true&select[title]=true&select[summary]=true',
    ),
    list<Pick<Category, 'id' | 'slug'>>(client, admin, '/api/categories?limit=100&depth=0&select[slug]=true'),
    list<Pick<UseCase, 'slug'>>(client, admin, '/api/use-cases?limit=3&depth=0&select[slug]=true'),
  ])
  if (concepts.length === 0 || categories.length === 0)
    throw new Error('The demo content has no concepts or categories.')
  for (const concept of concepts) {
    const document = { collection: 'concepts', id: concept.id } as const
    const versions = await countVersions(client, admin, document)
    if (versions === null) throw new Error(`Counting the versions of concept ${concept.id} failed.`)
    ledger.track(document, concept.title, versions)
  }
  return {
    concepts: concepts.map(({ id, slug, title, summary }) => ({
      id,
      slug,
      title,
      summary,
      replacedSummaries: [],
      faqQuestions: [],
    })),
    categories,
    useCaseSlugs: useCases.map((useCase) => useCase.slug),
  }
}
