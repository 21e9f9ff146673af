// The rows of the generated FAQs, as Payload stores a published FAQ: the document and
// its newest version.
import { richText } from '@/seed/richText'
import type { DatasetIds } from './datasetIds'
import type { GeneratedFaq } from './datasetTypes'
import type { Row, TableRows } from './insertTable'
import { versionRow } from './versionRows'

export function faqTables(faqs: GeneratedFaq[], ids: DatasetIds): TableRows[] {
  const documents: Row[] = faqs.map((faq, index) => ({
    id: ids.faqs[index],
    question: faq.question,
    answer: JSON.stringify(richText(faq.answer)),
    concept_id: ids.concepts[faq.concept],
    order: faq.order,
    updated_at: faq.publication.firstPublishedAt,
    created_at: faq.publication.firstPublishedAt,
    _status: 'published',
    review_state: 'published',
  }))
  return [
    ['faqs', documents],
    ['_faqs_v', documents.map((document, index) => versionRow(document, ids.faqVersions[index]))],
  ]
}
