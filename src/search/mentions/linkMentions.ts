// Auto-linked mentions: the first time a concept's explanation names another published
// concept, that mention becomes a link to it. Not where the editor already links that
// concept, not inside links or headings, never to the concept itself.
import { conceptPath } from '@/routes'
import { findMentions, type Matcher } from './mentionMatcher'

/** The parts of a stored Lexical node this reads and writes; the rest is carried over as is. */
export type LexicalNode = {
  type: string
  text?: string
  children?: LexicalNode[]
  fields?: { linkType?: string; url?: string; newTab?: boolean; doc?: { value?: unknown } | null }
  [key: string]: unknown
}
export type LexicalDocument = { root: LexicalNode }

const NOT_SEARCHED = new Set(['link', 'autolink', 'heading', 'code'])
const CONCEPT_URL = /^\/concepts\/([a-z0-9-]+)\/?$/

function linkedSlug(node: LexicalNode): string | undefined {
  if (node.type !== 'link' && node.type !== 'autolink') return undefined
  const target = node.fields?.doc?.value
  if (node.fields?.linkType === 'internal' && target && typeof target === 'object' && 'slug' in target) {
    return typeof target.slug === 'string' ? target.slug : undefined
  }
  return CONCEPT_URL.exec(node.fields?.url ?? '')?.[1]
}

/** The slugs of the concepts a document already links to. */
function linkedConcepts(node: LexicalNode, found = new Set<string>()): Set<string> {
  const slug = linkedSlug(node)
  if (slug) found.add(slug)
  for (const child of node.children ?? []) linkedConcepts(child, found)
  return found
}

function mentionLink(textNode: LexicalNode, text: string, slug: string): LexicalNode {
  return {
    type: 'link',
    version: 3,
    direction: 'ltr',
    format: '',
    indent: 0,
    fields: { linkType: 'custom', url: conceptPath(slug), newTab: false },
    children: [{ ...textNode, text }],
  }
}

/** A concept's slug: what a mention links to. */
export type Slug = string

function splitText(node: LexicalNode, matcher: Matcher<Slug>, wanted: (slug: Slug) => boolean) {
  const text = node.text ?? ''
  const mentions = findMentions(text, matcher, wanted)
  if (mentions.length === 0) return [node]
  const parts: LexicalNode[] = []
  let position = 0
  for (const { start, end, target } of mentions) {
    if (start > position) parts.push({ ...node, text: text.slice(position, start) })
    parts.push(mentionLink(node, text.slice(start, end), target))
    position = end
  }
  if (position < text.length) parts.push({ ...node, text: text.slice(position) })
  return parts
}

function withMentions(node: LexicalNode, matcher: Matcher<Slug>, wanted: (slug: Slug) => boolean): LexicalNode {
  if (!node.children || NOT_SEARCHED.has(node.type)) return node
  const children = node.children.flatMap((child) =>
    child.type === 'text' ? splitText(child, matcher, wanted) : [withMentions(child, matcher, wanted)],
  )
  return { ...node, children }
}

/** The document with the first mention of each other published concept linked. */
export function linkMentions(document: LexicalDocument, matcher: Matcher<Slug>, ownSlug: string): LexicalDocument {
  const done = linkedConcepts(document.root)
  done.add(ownSlug)
  const wanted = (slug: Slug) => {
    if (done.has(slug)) return false
    done.add(slug)
    return true
  }
  return { ...document, root: withMentions(document.root, matcher, wanted) }
}
