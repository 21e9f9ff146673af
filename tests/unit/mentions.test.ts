// Auto-linked mentions: which words name a concept, and which mention becomes a link.
import { describe, expect, it } from 'vitest'
import { linkMentions, type LexicalDocument, type LexicalNode } from '@/search/mentions/linkMentions'
import { buildMatcher, findMentions } from '@/search/mentions/mentionMatcher'
import type { MentionTarget } from '@/search/mentions/mentionTargets'

const target = (slug: string, names: string[]): MentionTarget => ({
  slug,
  title: names[0],
  names,
  summary: `About ${names[0]}.`,
  category: null,
  difficulty: null,
})

const TARGETS = [
  target('large-language-model', ['Large Language Model', 'LLM']),
  target('mixture-of-experts', ['Mixture of Experts', 'MoE', 'Sparse mixture of experts']),
  target('fine-tuning', ['Fine-Tuning', 'SFT']),
  target('embeddings', ['Embeddings']),
  target('transformer', ['Transformer']),
]

const matcher = buildMatcher(TARGETS.map((entry) => ({ target: entry.slug, names: entry.names })))
const mentioned = (text: string) => findMentions(text, matcher, () => true).map((m) => text.slice(m.start, m.end))

describe('finding mentions', () => {
  it('matches whole names in any case, plural or singular, across spaces and hyphens', () => {
    expect(mentioned('Large language models and transformers')).toEqual(['Large language models', 'transformers'])
    expect(mentioned('an embedding, then fine tuning')).toEqual(['embedding', 'fine tuning'])
    expect(mentioned('transformation is not a transformer')).toEqual(['transformer'])
  })

  it('matches acronyms in their own case only, and prefers the longest name', () => {
    expect(mentioned('LLMs, not llm or moe; a MoE')).toEqual(['LLMs', 'MoE'])
    expect(mentioned('a sparse mixture of experts')).toEqual(['sparse mixture of experts'])
  })

  it('does not join words across sentence punctuation', () => {
    expect(mentioned('a large language. Model here')).toEqual([])
  })
})

const text = (value: string, format = 0): LexicalNode => ({ type: 'text', text: value, format })
const paragraph = (...children: LexicalNode[]): LexicalNode => ({ type: 'paragraph', children })
const document = (...children: LexicalNode[]): LexicalDocument => ({ root: { type: 'root', children } })
const link = (url: string, ...children: LexicalNode[]): LexicalNode => ({
  type: 'link',
  fields: { linkType: 'custom', url },
  children,
})

function linkedUrls(node: LexicalNode): string[] {
  const own = node.type === 'link' ? [node.fields?.url ?? ''] : []
  return [...own, ...(node.children ?? []).flatMap(linkedUrls)]
}

describe('linking mentions in a body', () => {
  it('links the first mention of each other concept, keeping the text and its formatting', () => {
    const body = document(paragraph(text('An LLM is a transformer. Another LLM.', 1)))
    const linked = linkMentions(body, matcher, 'embeddings')
    const children = linked.root.children![0].children!
    expect(children.map((child) => child.text ?? child.children![0].text).join('')).toBe(
      'An LLM is a transformer. Another LLM.',
    )
    expect(linkedUrls(linked.root)).toEqual(['/concepts/large-language-model', '/concepts/transformer'])
    expect(children[1].children![0]).toMatchObject({ text: 'LLM', format: 1 })
  })

  it('leaves the concept itself, concepts the editor linked, links and headings alone', () => {
    const body = document(
      { type: 'heading', tag: 'h2', children: [text('Transformer basics')] },
      paragraph(link('/concepts/large-language-model', text('models')), text(' An LLM and a Transformer.')),
      paragraph(link('https://example.com', text('an Embeddings link'))),
      paragraph(text('Embeddings matter.')),
    )
    const linked = linkMentions(body, matcher, 'transformer')
    expect(linkedUrls(linked.root)).toEqual([
      '/concepts/large-language-model',
      'https://example.com',
      '/concepts/embeddings',
    ])
  })
})
