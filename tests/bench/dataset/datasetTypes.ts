// The generated bench dataset as plain data, before it has database ids: documents refer
// to each other by their position in these lists. Rich text is given as paragraphs; one
// starting with "## " is a heading (as in src/seed/richText.ts).
import type { Difficulty } from '@/vocabulary/difficulty'
import type { GeneratedCategory } from './categories'

export type Publication = {
  createdAt: Date
  firstPublishedAt: Date
  /** The last publish, which is also the document's last save. */
  lastUpdatedAt: Date
}

export type GeneratedConcept = {
  title: string
  slug: string
  subtitle: string
  summary: string
  difficulty: Difficulty
  /** Index in GENERATED_CATEGORIES. */
  category: number
  aliases: string[]
  body: string[]
  keyTraits: { label: string; explanation: string }[]
  pitfalls: { title: string; explanation: string }[]
  /** Indexes of other generated concepts. */
  related: number[]
  prerequisites: number[]
  readingTime: number
  reviewedBy: string
  reviewedAt: Date
  publication: Publication
}

export type GeneratedUseCase = {
  title: string
  slug: string
  organization: string
  summary: string
  body: string[]
  link: string
  year: number
  /** Indexes of the concepts it shows. */
  concepts: number[]
  publication: Publication
}

export type GeneratedFaq = {
  question: string
  answer: string[]
  /** Index of its concept. */
  concept: number
  order: number
  publication: Publication
}

export type GeneratedDataset = {
  categories: GeneratedCategory[]
  concepts: GeneratedConcept[]
  useCases: GeneratedUseCase[]
  faqs: GeneratedFaq[]
}
