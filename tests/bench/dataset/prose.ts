// Fills sentence templates with words and numbers to make generated text of a chosen
// length: sentences, paragraphs and one-line summaries bounded in characters.
import type { Random } from './random'
import { GENERIC_TECHNIQUES, SLOT_WORDS, type SlotName } from './vocabulary'

export type Subject = {
  /** The name the text is about, in lower case ("sparse gradient distillation"). */
  term: string
  /** Names the text may mention beside it: related concepts. */
  others: readonly string[]
  /** Values for slots of one kind of text, such as a use case's `{organization}`. */
  slots?: Readonly<Record<string, string>>
}

export type Writer = {
  sentence: (templates: readonly string[]) => string
  /**
   * `count` paragraphs of at least `minWords` words each, drawing sentences from `templates`
   * in a shuffled order: no sentence repeats until every template has been used.
   */
  paragraphs: (templates: readonly string[], count: number, minWords: number) => string[]
  /** A first sentence, then follow-ups until the text is `min` to `max` characters long. */
  bounded: (openings: readonly string[], followUps: readonly string[], min: number, max: number) => string
}

const isSlotName = (slot: string): slot is SlotName => slot in SLOT_WORDS

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** Templates put single spaces between words, so counting them needs no pattern. */
const wordCount = (sentence: string) => sentence.split(' ').length

export function writerFor(random: Random, subject: Subject): Writer {
  const slotValue = (slot: string): string => {
    if (slot === 'term') return subject.term
    if (slot === 'Term') return capitalised(subject.term)
    if (slot === 'other') return random.pick(subject.others.length > 0 ? subject.others : GENERIC_TECHNIQUES)
    if (slot === 'percent') return String(random.int(3, 40))
    if (slot === 'count') return String(random.int(2, 64))
    const given = subject.slots?.[slot]
    if (given !== undefined) return given
    if (isSlotName(slot)) return random.pick(SLOT_WORDS[slot])
    throw new Error(`A template names the unknown slot {${slot}}.`)
  }
  const fill = (template: string) => capitalised(template.replace(/\{(\w+)\}/g, (_, slot: string) => slotValue(slot)))

  const sentence = (templates: readonly string[]) => fill(random.pick(templates))

  const paragraphs = (templates: readonly string[], count: number, minWords: number) => {
    let deck: string[] = []
    const nextSentence = () => {
      if (deck.length === 0) deck = random.sample(templates, templates.length)
      return fill(deck.pop()!)
    }
    return Array.from({ length: count }, () => {
      const sentences: string[] = []
      let words = 0
      while (words < minWords) {
        const next = nextSentence()
        sentences.push(next)
        words += wordCount(next)
      }
      return sentences.join(' ')
    })
  }

  const bounded = (openings: readonly string[], followUps: readonly string[], min: number, max: number) => {
    let text = sentence(openings)
    for (const template of random.sample(followUps, followUps.length)) {
      if (text.length >= min) break
      const longer = `${text} ${fill(template)}`
      if (longer.length <= max) text = longer
    }
    return text.length <= max ? text : `${text.slice(0, text.lastIndexOf(' ', max - 1))}.`
  }

  return { sentence, paragraphs, bounded }
}
