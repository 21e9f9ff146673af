// What the soak's editors write: a new concept complete enough to submit (the checklist in
// src/review/rules/readiness.ts) with its use case and three FAQs, and revised summaries.
// Summaries hold characters a page must escape, so the checks see that escaping is right.
import type { Concept, Faq, UseCase } from '@/payload-types'
import { slugify } from '@/fields/slugify'
import { MIN_BODY_WORDS } from '@/review/rules/readiness'
import { richText } from '@/seed/richText'

const SENTENCE = 'The soak test wrote this explanation to keep editors, reviewers and readers busy at the same time.'

export const FAQS_PER_CONCEPT = 3

function explanation(): Concept['body'] {
  const repeats = Math.ceil(MIN_BODY_WORDS / SENTENCE.split(' ').length) + 1
  return richText(Array.from({ length: repeats }, () => SENTENCE))
}

export function conceptDraft(title: string, categoryId: number): Partial<Concept> {
  return {
    title,
    slug: slugify(title),
    summary: `${title}: written while readers read & reviewers "review" <under load>.`,
    category: categoryId,
    difficulty: 'beginner',
    body: explanation(),
    keyTraits: [
      { label: 'Written under load', explanation: 'Saved while readers and reviewers were busy.' },
      { label: 'Reviewed by another person', explanation: 'Approved by a reviewer, never by its author.' },
    ],
    pitfalls: [
      { title: 'Stale pages', explanation: 'A page that still shows the version before the last publish.' },
      { title: 'Lost versions', explanation: 'A save that leaves no version behind.' },
    ],
  }
}

export function useCaseDraft(conceptTitle: string, conceptId: number): Partial<UseCase> {
  const title = `${conceptTitle} in practice`
  return {
    title,
    slug: slugify(title),
    organization: 'Soak test',
    summary: 'Used while the site was busy.',
    concepts: [conceptId],
  }
}

export function faqDraft(conceptTitle: string, conceptId: number, order: number): Partial<Faq> & { question: string } {
  return {
    question: `What is question ${order} about ${conceptTitle}?`,
    answer: richText([`Answer ${order}, written by the soak test.`]),
    concept: conceptId,
    order,
  }
}

/** A summary no earlier revision had. */
export const revisedSummary = (author: string, revision: number) =>
  `Revision ${revision} by ${author}: Q&A, "quotes" and <angle brackets> must reach readers intact.`
