// Generated use cases, one for every two concepts: an organization applying a concept
// (every other concept in turn, sometimes with a second one) to a task of its own.
import { slugify } from '@/fields/slugify'
import type { GeneratedUseCase } from './datasetTypes'
import type { UncountedConcept } from './generateConcepts'
import { writerFor } from './prose'
import type { Random } from './random'
import { publicationBefore } from './timeline'
import {
  ORGANIZATION_KINDS,
  ORGANIZATION_NAMES,
  TASKS,
  USE_CASE_SENTENCES,
  USE_CASE_SUMMARIES,
  USE_CASE_TITLES,
} from './useCasePhrases'

const PUBLISHED_WITHIN_DAYS = 2 * 365
const FIRST_YEAR = 2016
const MAX_SLUG_STEM = 100

/** The title's slug, with "-2", "-3"… when an earlier use case has the same title. */
function uniqueSlug(title: string, seen: Map<string, number>): string {
  const stem = slugify(title).slice(0, MAX_SLUG_STEM).replace(/-+$/, '')
  const times = (seen.get(stem) ?? 0) + 1
  seen.set(stem, times)
  return times === 1 ? stem : `${stem}-${times}`
}

export function generateUseCases(random: Random, concepts: UncountedConcept[], now: Date): GeneratedUseCase[] {
  const seenSlugs = new Map<string, number>()
  return Array.from({ length: Math.floor(concepts.length / 2) }, (_, index) => {
    const shown = [index * 2]
    if (random.chance(0.5)) {
      const second = random.int(0, concepts.length - 1)
      if (second !== shown[0]) shown.push(second)
    }
    const organization = `${random.pick(ORGANIZATION_NAMES)} ${random.pick(ORGANIZATION_KINDS)}`
    const writer = writerFor(random, {
      term: concepts[shown[0]].title.toLowerCase(),
      others: shown.slice(1).map((other) => concepts[other].title.toLowerCase()),
      slots: { organization, task: random.pick(TASKS) },
    })
    const title = writer.sentence(USE_CASE_TITLES)
    const slug = uniqueSlug(title, seenSlugs)
    const publication = publicationBefore(random, now, PUBLISHED_WITHIN_DAYS)
    return {
      title,
      slug,
      organization,
      summary: writer.bounded(USE_CASE_SUMMARIES, USE_CASE_SENTENCES, 120, 260),
      body: writer.paragraphs(USE_CASE_SENTENCES, random.int(2, 3), 35),
      link: `https://${slugify(organization)}.example/stories/${slug}`,
      year: random.int(FIRST_YEAR, now.getUTCFullYear()),
      concepts: shown,
      publication,
    }
  })
}
