// The database ids given to the generated documents and their newest versions, in the
// order of the generated lists.
import type pg from 'pg'
import type { GeneratedDataset } from './datasetTypes'
import { reserveIds } from './reserveIds'

export type DatasetIds = {
  categories: number[]
  concepts: number[]
  conceptVersions: number[]
  useCases: number[]
  useCaseVersions: number[]
  faqs: number[]
  faqVersions: number[]
}

export async function reserveDatasetIds(client: pg.Client, dataset: GeneratedDataset): Promise<DatasetIds> {
  return {
    categories: await reserveIds(client, 'categories', dataset.categories.length),
    concepts: await reserveIds(client, 'concepts', dataset.concepts.length),
    conceptVersions: await reserveIds(client, '_concepts_v', dataset.concepts.length),
    useCases: await reserveIds(client, 'use_cases', dataset.useCases.length),
    useCaseVersions: await reserveIds(client, '_use_cases_v', dataset.useCases.length),
    faqs: await reserveIds(client, 'faqs', dataset.faqs.length),
    faqVersions: await reserveIds(client, '_faqs_v', dataset.faqs.length),
  }
}
