// Generated FAQs: three to five different questions per concept, each answered in one or
// two short paragraphs, published with the concept.
import { BODY_SENTENCES, FAQ_QUESTIONS } from './conceptPhrases'
import type { GeneratedFaq } from './datasetTypes'
import type { UncountedConcept } from './generateConcepts'
import { writerFor } from './prose'
import type { Random } from './random'

export function generateFaqs(random: Random, concepts: UncountedConcept[]): GeneratedFaq[] {
  return concepts.flatMap((concept, conceptIndex) => {
    const writer = writerFor(random, {
      term: concept.title.toLowerCase(),
      others: concept.related.map((other) => concepts[other].title.toLowerCase()),
    })
    return random.sample(FAQ_QUESTIONS, random.int(3, 5)).map((question, index) => ({
      question: writer.sentence([question]),
      answer: writer.paragraphs(BODY_SENTENCES, random.int(1, 2), random.int(25, 45)),
      concept: conceptIndex,
      order: index + 1,
      publication: concept.publication,
    }))
  })
}
