// The whole generated bench dataset for a number of concepts and a seed: the same
// arguments give the same text and links (dates count back from `now`).
import { readingMinutes } from '@/fields/readingMinutes'
import { GENERATED_CATEGORIES } from './categories'
import type { GeneratedDataset, GeneratedFaq, GeneratedUseCase } from './datasetTypes'
import { generateConcepts, type UncountedConcept } from './generateConcepts'
import { generateFaqs } from './generateFaqs'
import { generateUseCases } from './generateUseCases'
import { seededRandom } from './random'

export type DatasetOptions = { concepts: number; seed: number; now: Date }

/** Minutes to read each concept page, its FAQs and use-case cards included (as collections/Concepts counts them). */
function readingTimes(concepts: UncountedConcept[], faqs: GeneratedFaq[], useCases: GeneratedUseCase[]): number[] {
  const texts = concepts.map((concept): string[] => [
    concept.title,
    concept.subtitle,
    concept.summary,
    ...concept.body,
    ...concept.keyTraits.flatMap((trait) => [trait.label, trait.explanation]),
    ...concept.pitfalls.flatMap((pitfall) => [pitfall.title, pitfall.explanation]),
  ])
  for (const faq of faqs) texts[faq.concept].push(faq.question, ...faq.answer)
  for (const useCase of useCases) {
    for (const concept of useCase.concepts) texts[concept].push(useCase.title, useCase.summary)
  }
  return texts.map(readingMinutes)
}

export function generateDataset({ concepts: count, seed, now }: DatasetOptions): GeneratedDataset {
  const random = seededRandom(seed)
  const uncounted = generateConcepts(random, count, now)
  const useCases = generateUseCases(random, uncounted, now)
  const faqs = generateFaqs(random, uncounted)
  const minutes = readingTimes(uncounted, faqs, useCases)
  const concepts = uncounted.map((concept, index) => ({ ...concept, readingTime: minutes[index] }))
  return { categories: GENERATED_CATEGORIES, concepts, useCases, faqs }
}
