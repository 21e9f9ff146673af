// How a reader's query becomes words, spellings, synonyms and tsquery text.
import { describe, expect, it } from 'vitest'
import { normaliseText, words } from '@/search/query/normalise'
import { parseQuery, withCorrections, wordQueries } from '@/search/query/parseQuery'
import { spellingVariants } from '@/search/query/spelling'
import { phraseMeanings, synonymsOf } from '@/search/query/synonyms'

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

  it('writes one tsquery per word: every form, anywhere or only in names and summary', () => {
    const [query] = wordQueries(parseQuery('quantisation'))
    expect(query.anywhere).toBe('(quantisation:* | quantization)')
    expect(query.inNames).toBe('(quantisation:*AB | quantization:AB)')
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
