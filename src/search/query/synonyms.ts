// Words readers use for what our concepts call something else. Each group is searched as
// one: a query word in a group also finds the others. Phrases ("make … up") add the word
// they mean when their words appear in order, a few words apart at most. Names of concepts
// belong in the concept's aliases instead (the admin's Connections tab), where they weigh
// as much as the title and also drive auto-linking; this list is for everyday words.
const SYNONYM_GROUPS: string[][] = [
  ['chatbot', 'chatbots', 'assistant', 'assistants'],
  ['finetune', 'finetuning', 'finetuned'],
  ['compress', 'compression', 'shrink', 'smaller'],
  ['lie', 'lies', 'invent', 'invents', 'invented', 'fabricate', 'fabricated', 'confabulate'],
  ['benchmark', 'benchmarks', 'eval', 'evals', 'evaluation', 'evaluate'],
  ['agent', 'agents', 'agentic', 'autonomous'],
  ['gpu', 'gpus', 'hardware'],
  ['data', 'dataset', 'datasets'],
]

const PHRASES: { words: string[]; means: string }[] = [
  { words: ['make', 'up'], means: 'invent' },
  { words: ['makes', 'up'], means: 'invent' },
  { words: ['made', 'up'], means: 'invent' },
  { words: ['look', 'up'], means: 'retrieve' },
  { words: ['looks', 'up'], means: 'retrieve' },
  { words: ['which', 'better'], means: 'compare' },
  { words: ['which', 'best'], means: 'compare' },
]

/** How many other words may stand between the words of a phrase. */
const PHRASE_GAP = 2

const groupOf = new Map(SYNONYM_GROUPS.flatMap((group) => group.map((word) => [word, group] as const)))

/** The other words of the word's synonym group. */
export function synonymsOf(word: string): string[] {
  return (groupOf.get(word) ?? []).filter((other) => other !== word)
}

function containsInOrder(words: string[], phrase: string[]): boolean {
  let position = -1
  for (const [index, wanted] of phrase.entries()) {
    const from = position + 1
    const to = index === 0 ? words.length : Math.min(words.length, from + PHRASE_GAP + 1)
    const found = words.slice(from, to).indexOf(wanted)
    if (found < 0) return false
    position = from + found
  }
  return true
}

/** The words that phrases in the query stand for. */
export function phraseMeanings(words: string[]): string[] {
  return [...new Set(PHRASES.filter(({ words: phrase }) => containsInOrder(words, phrase)).map(({ means }) => means))]
}
