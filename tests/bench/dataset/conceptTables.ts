// The rows of the generated concepts, as Payload stores a published concept: the
// document, its arrays, aliases and relationships, and the same again for its newest
// version. Trusted writes (no user, as the seed's) leave the review state "published".
import { richText } from '@/seed/richText'
import type { DatasetIds } from './datasetIds'
import type { GeneratedConcept } from './datasetTypes'
import type { Row, TableRows } from './insertTable'
import { versionArrayRow, versionPathRow, versionRow } from './versionRows'

function documentRow(concept: GeneratedConcept, id: number, categoryId: number): Row {
  const { createdAt, firstPublishedAt, lastUpdatedAt } = concept.publication
  return {
    id,
    title: concept.title,
    subtitle: concept.subtitle,
    summary: concept.summary,
    body: JSON.stringify(richText(concept.body)),
    slug: concept.slug,
    category_id: categoryId,
    difficulty: concept.difficulty,
    reading_time: concept.readingTime,
    last_updated_at: lastUpdatedAt,
    first_published_at: firstPublishedAt,
    updated_at: lastUpdatedAt,
    created_at: createdAt,
    _status: 'published',
    review_state: 'published',
    reviewed_by: concept.reviewedBy,
    reviewed_at: concept.reviewedAt,
  }
}

export function conceptTables(concepts: GeneratedConcept[], ids: DatasetIds, arrayRowId: () => string): TableRows[] {
  const tables = {
    concepts: [] as Row[],
    _concepts_v: [] as Row[],
    concepts_key_traits: [] as Row[],
    _concepts_v_version_key_traits: [] as Row[],
    concepts_pitfalls: [] as Row[],
    _concepts_v_version_pitfalls: [] as Row[],
    concepts_texts: [] as Row[],
    _concepts_v_texts: [] as Row[],
    concepts_rels: [] as Row[],
    _concepts_v_rels: [] as Row[],
  }
  concepts.forEach((concept, index) => {
    const id = ids.concepts[index]
    const versionId = ids.conceptVersions[index]
    const document = documentRow(concept, id, ids.categories[concept.category])
    tables.concepts.push(document)
    tables._concepts_v.push({ ...versionRow(document, versionId), autosave: false })
    concept.keyTraits.forEach(({ label, explanation }, order) => {
      const row = { _order: order + 1, _parent_id: id, id: arrayRowId(), label, explanation }
      tables.concepts_key_traits.push(row)
      tables._concepts_v_version_key_traits.push(versionArrayRow(row, versionId))
    })
    concept.pitfalls.forEach(({ title, explanation }, order) => {
      const row = { _order: order + 1, _parent_id: id, id: arrayRowId(), title, explanation }
      tables.concepts_pitfalls.push(row)
      tables._concepts_v_version_pitfalls.push(versionArrayRow(row, versionId))
    })
    concept.aliases.forEach((text, order) => {
      const row = { order: order + 1, parent_id: id, path: 'aliases', text }
      tables.concepts_texts.push(row)
      tables._concepts_v_texts.push(versionPathRow(row, versionId))
    })
    for (const path of ['related', 'prerequisites'] as const) {
      concept[path].forEach((other, order) => {
        const row = { order: order + 1, parent_id: id, path, concepts_id: ids.concepts[other] }
        tables.concepts_rels.push(row)
        tables._concepts_v_rels.push(versionPathRow(row, versionId))
      })
    }
  })
  return Object.entries(tables)
}
