// How a concept's name reads inside a sentence ("What is a foundation model?"), from the
// editor's wording or, without it, from the title.
import type { Concept } from '@/payload-types'

/** A word written as a title ("Model", "Fine-Tuning"): capitals only where each part begins. */
const isTitleCased = (word: string) => word.split('-').every((part) => /^\p{Lu}[\p{Ll}\d']*$/u.test(part))

/** "Large Language Model" → "large language model"; words like "AI" or "LoRA" keep their capitals. */
export function lowerCaseTitle(title: string): string {
  return title
    .split(' ')
    .map((word) => (isTitleCased(word) ? word.toLowerCase() : word))
    .join(' ')
}

export function nameInSentence(concept: Pick<Concept, 'title' | 'nameInSentence'>): string {
  return concept.nameInSentence?.trim() || lowerCaseTitle(concept.title)
}

const ARTICLE = /^(a|an|the)\s/i

/** Endings of singular words: "bias", "loss", "corpus", "analysis", "robotics". */
const SINGULAR_ENDING = /(ss|us|is|as|ics)$/

/** "embeddings" is plural; "a mixture of experts", "bias" and "model evaluation" are not. */
function readsAsPlural(name: string): boolean {
  if (ARTICLE.test(name) || /\sof\s/.test(name)) return false
  return /\sand\s/.test(name) || (name.endsWith('s') && !SINGULAR_ENDING.test(name))
}

/** The explanation's heading: "What is a foundation model?", "What are embeddings?" */
export function whatIsQuestion(concept: Pick<Concept, 'title' | 'nameInSentence'>): string {
  const name = nameInSentence(concept)
  return `What ${readsAsPlural(name) ? 'are' : 'is'} ${name}?`
}
