// The publish-readiness checklist for a concept: pure, so the edit view and the server
// agree on exactly what is missing.
import { counted } from '@/vocabulary/counted'

export type ReadinessFacts = {
  hasSummary: boolean
  hasCategory: boolean
  hasDifficulty: boolean
  bodyWords: number
  keyTraits: number
  pitfalls: number
  useCases: number
  faqs: number
  imagesWithoutAlt: number
  /** Titles or ids of linked concepts that are missing or not published. */
  unpublishedLinks: string[]
}

export type ChecklistItem = { id: string; label: string; done: boolean }

export const MIN_BODY_WORDS = 50

export function conceptChecklist(facts: ReadinessFacts): ChecklistItem[] {
  return [
    { id: 'summary', label: 'A summary', done: facts.hasSummary },
    { id: 'category', label: 'A category', done: facts.hasCategory },
    { id: 'difficulty', label: 'A difficulty', done: facts.hasDifficulty },
    {
      id: 'body',
      label: `An explanation of at least ${MIN_BODY_WORDS} words (now ${facts.bodyWords})`,
      done: facts.bodyWords >= MIN_BODY_WORDS,
    },
    { id: 'keyTraits', label: `At least 2 key traits (now ${facts.keyTraits})`, done: facts.keyTraits >= 2 },
    { id: 'useCases', label: `At least 1 use case (now ${facts.useCases})`, done: facts.useCases >= 1 },
    { id: 'pitfalls', label: `At least 2 pitfalls (now ${facts.pitfalls})`, done: facts.pitfalls >= 2 },
    { id: 'faqs', label: `At least 3 FAQs (now ${facts.faqs})`, done: facts.faqs >= 3 },
    {
      id: 'altText',
      label:
        facts.imagesWithoutAlt === 0
          ? 'Alt text on every image'
          : `Alt text on every image (${counted(facts.imagesWithoutAlt, 'image')} without)`,
      done: facts.imagesWithoutAlt === 0,
    },
    {
      id: 'links',
      label:
        facts.unpublishedLinks.length === 0
          ? 'Links only to published concepts'
          : `Links only to published concepts (not published: ${facts.unpublishedLinks.join(', ')})`,
      done: facts.unpublishedLinks.length === 0,
    },
  ]
}

export const missingItems = (checklist: ChecklistItem[]) => checklist.filter((item) => !item.done)
