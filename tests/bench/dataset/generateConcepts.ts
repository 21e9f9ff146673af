// Generated concept pages: unique glossary-like titles, text of realistic lengths, and
// links to other generated concepts (related and prerequisites). Reading times are
// counted later, once the FAQs and use cases shown on each page exist.
import { slugify } from '@/fields/slugify'
import type { Difficulty } from '@/vocabulary/difficulty'
import { GENERATED_CATEGORIES } from './categories'
import {
  BODY_HEADINGS,
  BODY_SENTENCES,
  PITFALL_EXPLANATIONS,
  PITFALL_TITLES,
  REVIEWERS,
  SUBTITLES,
  SUMMARY_FOLLOW_UPS,
  SUMMARY_OPENINGS,
  TRAIT_EXPLANATIONS,
  TRAIT_LABELS,
} from './conceptPhrases'
import type { GeneratedConcept } from './datasetTypes'
import { writerFor, type Writer } from './prose'
import type { Random } from './random'
import { minutesBefore, publicationBefore } from './timeline'
import { TITLE_COUNT, titleAt } from './titleWords'

export type UncountedConcept = Omit<GeneratedConcept, 'readingTime'>

const PUBLISHED_WITHIN_DAYS = 3 * 365

/** `count` (at most TITLE_COUNT) different title indexes: the first steps of a shuffle of every title. */
function distinctTitleIndexes(random: Random, count: number): number[] {
  const indexes = Int32Array.from({ length: TITLE_COUNT }, (_, index) => index)
  for (let i = 0; i < count; i++) {
    const j = random.int(i, TITLE_COUNT - 1)
    ;[indexes[i], indexes[j]] = [indexes[j], indexes[i]]
  }
  return Array.from(indexes.subarray(0, count))
}

/** Up to `count` different indexes below `total`, none of them in `taken`. */
function otherIndexes(random: Random, total: number, count: number, taken: Set<number>): number[] {
  const chosen: number[] = []
  const wanted = Math.min(count, total - taken.size)
  while (chosen.length < wanted) {
    const index = random.int(0, total - 1)
    if (taken.has(index)) continue
    taken.add(index)
    chosen.push(index)
  }
  return chosen
}

function difficulty(random: Random): Difficulty {
  const roll = random.next()
  if (roll < 0.35) return 'beginner'
  return roll < 0.75 ? 'intermediate' : 'advanced'
}

/** Nothing, an acronym ("SGD"), and/or a shorter name ("Gradient Distillation"). */
function aliases(random: Random, title: string): string[] {
  const [modifier, subject, technique] = title.split(' ')
  const acronym = title
    .split(/[\s-]+/)
    .map((word) => word[0])
    .join('')
  const candidates = [acronym, `${subject} ${technique}`, `${modifier} ${technique}`]
  const roll = random.next()
  return random.sample(candidates, roll < 0.4 ? 0 : roll < 0.8 ? 1 : 2)
}

/** 4 to 8 paragraphs, about 300 to 500 words in all, with a heading once there are five or more. */
function body(random: Random, writer: Writer): string[] {
  const paragraphCount = random.int(4, 8)
  const wordsPerParagraph = Math.ceil(random.int(250, 420) / paragraphCount)
  const paragraphs = writer.paragraphs(BODY_SENTENCES, paragraphCount, wordsPerParagraph)
  if (paragraphCount >= 5) paragraphs.splice(2, 0, `## ${writer.sentence(BODY_HEADINGS)}`)
  return paragraphs
}

/** Labelled items ("trait": explanation), their explanations one or two sentences each. */
function explained(
  random: Random,
  writer: Writer,
  labels: readonly string[],
  count: number,
  templates: readonly string[],
) {
  const chosen = random.sample(labels, count)
  const explanations = writer.paragraphs(templates, chosen.length, 14)
  return chosen.map((label, index) => ({ label, explanation: explanations[index] }))
}

export function generateConcepts(random: Random, count: number, now: Date): UncountedConcept[] {
  const titles = distinctTitleIndexes(random, count).map(titleAt)
  const links = titles.map((_, index) => {
    const taken = new Set([index])
    // About a quarter have no related picks: their pages show similar concepts, found by words.
    const related = otherIndexes(random, count, random.int(0, 3), taken)
    return { related, prerequisites: otherIndexes(random, count, random.int(0, 2), taken) }
  })
  return titles.map((title, index) => {
    const { related, prerequisites } = links[index]
    const others = related.map((other) => titles[other].toLowerCase())
    const writer = writerFor(random, { term: title.toLowerCase(), others })
    const publication = publicationBefore(random, now, PUBLISHED_WITHIN_DAYS)
    return {
      title,
      slug: slugify(title),
      subtitle: writer.sentence(SUBTITLES),
      summary: writer.bounded(SUMMARY_OPENINGS, SUMMARY_FOLLOW_UPS, 150, 260),
      difficulty: difficulty(random),
      category: random.int(0, GENERATED_CATEGORIES.length - 1),
      aliases: aliases(random, title),
      body: body(random, writer),
      keyTraits: explained(random, writer, TRAIT_LABELS, random.int(3, 4), TRAIT_EXPLANATIONS),
      pitfalls: explained(random, writer, PITFALL_TITLES, random.int(2, 4), PITFALL_EXPLANATIONS).map(
        ({ label, explanation }) => ({ title: label, explanation }),
      ),
      related,
      prerequisites,
      reviewedBy: random.pick(REVIEWERS),
      reviewedAt: minutesBefore(publication.lastUpdatedAt, random.int(1, 5)),
      publication,
    }
  })
}
