// The rows of the generated use cases, as Payload stores a published use case: the
// document and its links to concepts, and the same again for its newest version.
import { richText } from '@/seed/richText'
import type { DatasetIds } from './datasetIds'
import type { GeneratedUseCase } from './datasetTypes'
import type { Row, TableRows } from './insertTable'
import { versionPathRow, versionRow } from './versionRows'

function documentRow(useCase: GeneratedUseCase, id: number): Row {
  return {
    id,
    title: useCase.title,
    organization: useCase.organization,
    summary: useCase.summary,
    body: JSON.stringify(richText(useCase.body)),
    slug: useCase.slug,
    link: useCase.link,
    year: useCase.year,
    updated_at: useCase.publication.lastUpdatedAt,
    created_at: useCase.publication.createdAt,
    _status: 'published',
    review_state: 'published',
  }
}

export function useCaseTables(useCases: GeneratedUseCase[], ids: DatasetIds): TableRows[] {
  const tables = {
    use_cases: [] as Row[],
    _use_cases_v: [] as Row[],
    use_cases_rels: [] as Row[],
    _use_cases_v_rels: [] as Row[],
  }
  useCases.forEach((useCase, index) => {
    const id = ids.useCases[index]
    const versionId = ids.useCaseVersions[index]
    const document = documentRow(useCase, id)
    tables.use_cases.push(document)
    tables._use_cases_v.push(versionRow(document, versionId))
    useCase.concepts.forEach((concept, order) => {
      const row = { order: order + 1, parent_id: id, path: 'concepts', concepts_id: ids.concepts[concept] }
      tables.use_cases_rels.push(row)
      tables._use_cases_v_rels.push(versionPathRow(row, versionId))
    })
  })
  return Object.entries(tables)
}
