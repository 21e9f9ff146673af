import type { ConceptPage } from '@/content/cached'
import { whatIsQuestion } from '@/content/nameInSentence'

export type Section = { id: string; label: string }

/**
 * The sections this concept has content for, in page order; empty ones are left out.
 * Without related concepts picked, the page may show similar ones in their place.
 */
export function conceptSections(concept: ConceptPage, hasSimilar = false): Section[] {
  const sections: [boolean, Section][] = [
    [Boolean(concept.body), { id: 'what-is', label: whatIsQuestion(concept) }],
    [Boolean(concept.keyTraits?.length), { id: 'key-traits', label: 'Key traits' }],
    [concept.useCases.length > 0, { id: 'use-cases', label: 'Real-world examples' }],
    [Boolean(concept.pitfalls?.length), { id: 'pitfalls', label: 'Common pitfalls' }],
    [concept.faqs.length > 0, { id: 'faq', label: 'FAQ' }],
    [concept.related.length > 0, { id: 'related', label: 'Related concepts' }],
    [concept.related.length === 0 && hasSimilar, { id: 'related', label: 'Similar concepts' }],
    [concept.buildsOnThis.length > 0, { id: 'read-next', label: 'What to read next' }],
  ]
  return sections.filter(([present]) => present).map(([, section]) => section)
}
