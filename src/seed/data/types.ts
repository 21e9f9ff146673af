// Shapes of the demo content written for `npm run seed`. Rich text is given as
// paragraphs; a paragraph starting with "## " becomes a level-2 heading.
import type { CategoryAccent } from '@/vocabulary/categoryAccent'

export type Difficulty = 'beginner' | 'intermediate' | 'advanced'

export type SeedCategory = {
  name: string
  slug: string
  description: string
  accent: CategoryAccent
  order: number
}

export type SeedFaq = {
  question: string
  answer: string[]
}

export type SeedConcept = {
  title: string
  /** Only where the title in lower case would read wrongly mid-sentence. */
  nameInSentence?: string
  slug: string
  subtitle: string
  /** One plain-text line, at most 280 characters. */
  summary: string
  /** Slug of a SeedCategory. */
  category: string
  difficulty: Difficulty
  aliases: string[]
  body: string[]
  keyTraits: { label: string; explanation: string }[]
  pitfalls: { title: string; explanation: string }[]
  faqs: SeedFaq[]
  /** Slugs of other seed concepts. */
  related: string[]
  prerequisites: string[]
}

export type SeedUseCase = {
  title: string
  slug: string
  organization: string
  summary: string
  body: string[]
  /** Slugs of the seed concepts this use case shows. */
  concepts: string[]
  link: string
  year: number
}
