// How a reader's query becomes words, spellings, synonyms and tsquery text.
import { describe, expect, it } from 'vitest'
import { oneLetterLess } from '@/search/query/corrections'
import { normaliseText, words } from '@/search/query/normalise'
import { parseQuery, withCorrections, wordQueries } from '@/search/query/parseQuery'
import { spellingVariants } from '@/search/query/spelling'
import { phraseMeanings, synonymsOf } from '@/search/query/synonyms'
import { weighWord } from '@/search/wordStatistics'

const oneEditApart = (typed: string, known: string) =>
  oneLetterLess(typed).some((variant) => oneLetterLess(known).includes(variant))

describe('normalising', () => {
  it('drops accents and case, and splits on anything but letters and digits', () => {
    expect(normaliseText('Embéddings naïve RÉSUMÉ')).toBe('embeddings naive resume')
    expect(words('Retrieval-Augmented  Generation (RAG)?')).toEqual(['retrieval', 'augmented', 'generation', 'rag'])
    expect(words("'); drop table concepts; --")).toEqual(['drop', 'table', 'concepts'])
  })
})

describe('spellings', () => {
  it('finds the American and British forms of a word', () => {
    expect(spellingVariants('quantisation')).toContain('quantization')
    expect(spellingVariants('quantization')).toContain('quantisation')
    expect(spellingVariants('behaviour')).toContain('behavior')
    expect(spellingVariants('modelling')).toContain('modeling')
    expect(spellingVariants('analyse')).toContain('analyze')
  })

  it('leaves short words alone and never returns the word itself', () => {
    expect(spellingVariants('rise')).toEqual([])
    expect(spellingVariants('quantization')).not.toContain('quantization')
  })
})

describe('synonyms and phrases', () => {
  it('finds the other words of a group', () => {
    expect(synonymsOf('chatbot')).toContain('assistant')
    expect(synonymsOf('chatbot')).not.toContain('chatbot')
    expect(synonymsOf('transformer')).toEqual([])
  })

  it('reads a phrase whose words are in order, a few words apart at most', () => {
    expect(phraseMeanings(['why', 'do', 'chatbots', 'make', 'things', 'up'])).toEqual(['invent'])
    expect(phraseMeanings(['up', 'to', 'make'])).toEqual([])
    expect(phraseMeanings(['make', 'a', 'b', 'c', 'd', 'up'])).toEqual([])
  })
})

describe('parsing a query', () => {
  it('keeps the words as typed, marks the last as a prefix and adds what phrases mean', () => {
    const parsed = parseQuery('Why do chatbots make things up')
    expect(parsed.text).toBe('why do chatbots make things up')
    expect(parsed.words.at(-1)).toMatchObject({ word: 'invent', typed: false, prefix: false })
    expect(parsed.words.find((entry) => entry.word === 'up')).toMatchObject({ prefix: false })
    expect(parseQuery('quant').words[0]).toMatchObject({ word: 'quant', prefix: true, typed: true })
  })

  it('writes one tsquery per word: every form, the last word also as a prefix', () => {
    const [query] = wordQueries(parseQuery('quantisation'))
    expect(query.anywhere).toBe('(quantisation:* | quantization)')
  })

  it('searches a correction beside the misspelt word', () => {
    const parsed = withCorrections(parseQuery('tranformer'), new Map([['tranformer', 'transformer']]))
    expect(wordQueries(parsed)[0].anywhere).toBe('(tranformer:* | transformer)')
  })

  it('cannot carry tsquery operators of its own', () => {
    for (const query of ["a & !b | c:* <-> 'd'", '(((', '\\x00 ::* !!']) {
      for (const { anywhere } of wordQueries(parseQuery(query))) expect(anywhere).toMatch(/^[a-z0-9:*|() ]+$/)
    }
  })
})

describe('misspellings one edit away', () => {
  it('meets the real word whether a letter is missing, extra, wrong or swapped', () => {
    expect(oneEditApart('halucination', 'hallucination')).toBe(true)
    expect(oneEditApart('embeddingss', 'embeddings')).toBe(true)
    expect(oneEditApart('attension', 'attention')).toBe(true)
    expect(oneEditApart('langauge', 'language')).toBe(true)
  })

  it('does not meet words two edits away', () => {
    expect(oneEditApart('halucinaton', 'hallucination')).toBe(false)
    expect(oneEditApart('model', 'modern')).toBe(false)
  })

  it('lists each variant once, the word first', () => {
    expect(oneLetterLess('moon')).toEqual(['moon', 'oon', 'mon', 'moo'])
  })
})

describe('how common a word is', () => {
  it('lets rare words find anywhere, common ones in names and summaries', () => {
    expect(weighWord(2, 40).commonness).toBe('rare')
    expect(weighWord(20, 40).commonness).toBe('common')
    expect(weighWord(200, 15_000).commonness).toBe('rare')
    expect(weighWord(300, 15_000).commonness).toBe('common')
  })

  it('makes a word in most documents of a large site a filler, never on a small one', () => {
    expect(weighWord(35, 40).commonness).toBe('common')
    expect(weighWord(9_000, 15_000).commonness).toBe('filler')
    expect(weighWord(7_000, 15_000).commonness).toBe('common')
  })

  it('weighs rarer words more', () => {
    expect(weighWord(3, 1000).idf).toBeGreaterThan(weighWord(300, 1000).idf)
    expect(weighWord(999, 1000).idf).toBeGreaterThan(0)
  })
})
