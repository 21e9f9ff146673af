type LexicalNode = { text?: unknown; children?: unknown }
type LexicalDocument = { root?: LexicalNode } | null | undefined

function collectText(node: LexicalNode, parts: string[]): void {
  if (!node || typeof node !== 'object') return
  if (typeof node.text === 'string') parts.push(node.text)
  if (Array.isArray(node.children)) {
    for (const child of node.children) collectText(child as LexicalNode, parts)
  }
}

/** Every piece of text under one Lexical node, joined with spaces. */
export function nodePlainText(node: LexicalNode): string {
  const parts: string[] = []
  collectText(node, parts)
  return parts.join(' ')
}

/** Every piece of text in a Lexical document, joined with spaces. */
export function lexicalPlainText(document: LexicalDocument): string {
  return document?.root ? nodePlainText(document.root) : ''
}
