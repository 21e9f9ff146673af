// What a rich-text document may hold, whoever wrote it: bounded nesting, real heading
// levels, and links that cannot run code. The editor checks it on every save, and the
// renderer applies the same rules to whatever is already stored.

/** The most nodes one branch of a document may nest. */
export const MAX_RICH_TEXT_DEPTH = 32

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

export type HeadingTag = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6'

export function isHeadingTag(tag: unknown): tag is HeadingTag {
  return typeof tag === 'string' && HEADING_TAGS.has(tag)
}

/** http(s) and mailto addresses, and paths or anchors on this site (not `//other.host`). */
export function isSafeHref(href: unknown): href is string {
  if (typeof href !== 'string') return false
  const trimmed = href.trim()
  if (/^\/(?![/\\])/.test(trimmed) || trimmed.startsWith('#')) return true
  return /^(https?:\/\/|mailto:)/i.test(trimmed)
}

type LexicalNode = { type?: unknown; tag?: unknown; fields?: { linkType?: unknown; url?: unknown }; children?: unknown }

function nodeProblem(node: LexicalNode): string | undefined {
  if (node.type === 'heading' && !isHeadingTag(node.tag)) {
    return `A heading must be a level from h1 to h6 (got "${String(node.tag)}").`
  }
  const isLink = node.type === 'link' || node.type === 'autolink'
  if (isLink && node.fields?.linkType !== 'internal' && !isSafeHref(node.fields?.url)) {
    return 'A link must go to an http(s) or mailto address, or to a page of this site.'
  }
  return undefined
}

/** Why a stored or submitted rich-text value may not be kept, or undefined when it may. */
export function richTextProblem(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined
  const root = typeof value === 'object' ? (value as { root?: unknown }).root : undefined
  if (!root || typeof root !== 'object') return 'Rich text must be an editor document with a root node.'
  // Walked with a stack, not recursion, so a hostile document cannot overflow it.
  const pending: { node: unknown; depth: number }[] = [{ node: root, depth: 0 }]
  while (pending.length > 0) {
    const { node, depth } = pending.pop()!
    if (!node || typeof node !== 'object') return 'Rich text holds a node that is not an object.'
    if (depth > MAX_RICH_TEXT_DEPTH) return `Rich text may nest at most ${MAX_RICH_TEXT_DEPTH} levels deep.`
    const problem = nodeProblem(node as LexicalNode)
    if (problem) return problem
    const { children } = node as LexicalNode
    if (children === undefined) continue
    if (!Array.isArray(children)) return 'Rich text holds a node whose children are not a list.'
    for (const child of children) pending.push({ node: child, depth: depth + 1 })
  }
  return undefined
}
