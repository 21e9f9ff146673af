// What search engines read from a concept page's structured data.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Faq } from '@/payload-types'
import { richText } from '@/seed/richText'
import { conceptJsonLd, type JsonLdConcept, type JsonLdObject } from '@/seo/conceptJsonLd'
import { jsonLdScript } from '@/seo/jsonLdScript'

const SITE = 'https://groundwork.example'

function faq(question: string, answer: string): Faq {
  return { id: 1, question, answer: richText([answer]), concept: 1, updatedAt: '', createdAt: '', _status: 'published' }
}

function concept(overrides: Partial<JsonLdConcept> = {}): JsonLdConcept {
  return {
    title: 'Retrieval-Augmented Generation',
    slug: 'retrieval-augmented-generation',
    summary: 'Answering with documents fetched at question time.',
    aliases: ['RAG'],
    category: {
      id: 1,
      name: 'Building with LLMs',
      slug: 'building-with-llms',
      accent: 'amber',
      updatedAt: '',
      createdAt: '',
    },
    faqs: [faq('Is RAG fine-tuning?', 'No. The model stays the same.')],
    firstPublishedAt: '2026-01-02T10:00:00.000Z',
    lastUpdatedAt: '2026-03-04T10:00:00.000Z',
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-03-04T10:00:00.000Z',
    ...overrides,
  }
}

function ofType(data: JsonLdObject[], type: string): JsonLdObject | undefined {
  return data.find((item) => item['@type'] === type)
}

beforeEach(() => {
  vi.stubEnv('SITE_URL', `${SITE}/`)
})

describe('conceptJsonLd', () => {
  it('describes the concept as a term of the glossary, with absolute addresses', () => {
    const term = ofType(conceptJsonLd(concept()), 'DefinedTerm')
    expect(term).toMatchObject({
      '@context': 'https://schema.org',
      name: 'Retrieval-Augmented Generation',
      description: 'Answering with documents fetched at question time.',
      url: `${SITE}/concepts/retrieval-augmented-generation`,
      alternateName: ['RAG'],
      inDefinedTermSet: { '@type': 'DefinedTermSet', name: 'Groundwork AI glossary', url: `${SITE}/concepts` },
    })
  })

  it('lists each FAQ as a question with its plain-text answer', () => {
    expect(ofType(conceptJsonLd(concept()), 'FAQPage')?.mainEntity).toEqual([
      {
        '@type': 'Question',
        name: 'Is RAG fine-tuning?',
        acceptedAnswer: { '@type': 'Answer', text: 'No. The model stays the same.' },
      },
    ])
  })

  it('has no FAQPage when the concept has no FAQs', () => {
    const data = conceptJsonLd(concept({ faqs: [] }))
    expect(ofType(data, 'FAQPage')).toBeUndefined()
    expect(data.map((item) => item['@type'])).toEqual(['DefinedTerm', 'BreadcrumbList', 'Article'])
  })

  it('leads from home through the concept index and the category to the concept', () => {
    const breadcrumbs = ofType(conceptJsonLd(concept()), 'BreadcrumbList')
    expect(breadcrumbs?.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${SITE}/` },
      { '@type': 'ListItem', position: 2, name: 'Concepts', item: `${SITE}/concepts` },
      { '@type': 'ListItem', position: 3, name: 'Building with LLMs', item: `${SITE}/categories/building-with-llms` },
      {
        '@type': 'ListItem',
        position: 4,
        name: 'Retrieval-Augmented Generation',
        item: `${SITE}/concepts/retrieval-augmented-generation`,
      },
    ])
  })

  it('dates the article and names its publisher and subject', () => {
    const article = ofType(conceptJsonLd(concept()), 'Article')
    expect(article).toMatchObject({
      headline: 'Retrieval-Augmented Generation',
      description: 'Answering with documents fetched at question time.',
      url: `${SITE}/concepts/retrieval-augmented-generation`,
      datePublished: '2026-01-02T10:00:00.000Z',
      dateModified: '2026-03-04T10:00:00.000Z',
      publisher: { '@type': 'Organization', name: 'Groundwork' },
      about: { '@type': 'DefinedTerm', '@id': ofType(conceptJsonLd(concept()), 'DefinedTerm')?.['@id'] },
    })
  })

  it('still dates the article when the publication stamps are missing', () => {
    const article = ofType(conceptJsonLd(concept({ firstPublishedAt: null, lastUpdatedAt: null })), 'Article')
    expect(article?.datePublished).toBe('2026-01-01T10:00:00.000Z')
    expect(article?.dateModified).toBe('2026-03-04T10:00:00.000Z')
  })

  it('leaves out alternateName without aliases', () => {
    expect(ofType(conceptJsonLd(concept({ aliases: [] })), 'DefinedTerm')).not.toHaveProperty('alternateName')
  })
})

describe('jsonLdScript', () => {
  it('is JSON that reads back as the same data', () => {
    const data = conceptJsonLd(concept())
    expect(JSON.parse(jsonLdScript(data))).toEqual(data)
  })

  it('cannot be closed early by text in the content', () => {
    const hostile = concept({
      title: 'Prompt injection </script><script>alert(1)</script>',
      faqs: [faq('What about <!-- comments?', 'They stay </SCRIPT> inside.')],
    })
    const script = jsonLdScript(conceptJsonLd(hostile))
    expect(script).not.toMatch(/<\/script/i)
    expect(script).not.toContain('<!--')
    expect(script).not.toContain('<')
    const parsed = JSON.parse(script) as JsonLdObject[]
    expect(parsed[0].name).toBe('Prompt injection </script><script>alert(1)</script>')
  })
})
