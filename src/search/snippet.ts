// Snippets: a passage of a matching document with the matched words marked. The database
// marks them with two characters readers never type; here they become <mark> elements,
// either as HTML (everything else escaped) for the API or as parts for React.
export const MARK_START = '\u27e6'
export const MARK_END = '\u27e7'

export type SnippetPart = { text: string; marked: boolean }

export function snippetParts(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = []
  for (const [index, piece] of marked.split(new RegExp(`[${MARK_START}${MARK_END}]`)).entries()) {
    if (piece) parts.push({ text: piece, marked: index % 2 === 1 })
  }
  return parts
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => ESCAPES[character])

export function snippetHtml(marked: string): string {
  return snippetParts(marked)
    .map(({ text, marked: isMarked }) => (isMarked ? `<mark>${escapeHtml(text)}</mark>` : escapeHtml(text)))
    .join('')
}
