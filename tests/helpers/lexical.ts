// Lexical documents for tests, as the editor stores them.
export const text = (value: string) => ({
  type: 'text',
  text: value,
  version: 1,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
})

type EditorNode = { type: string; version: number; [key: string]: unknown }

export const editorDocument = (...children: EditorNode[]) => ({
  root: { type: 'root', direction: 'ltr' as const, format: '' as const, indent: 0, version: 1, children },
})

export const heading = (tag: string, words = 'Why it matters') => ({
  type: 'heading',
  tag,
  version: 1,
  children: [text(words)],
})

export const paragraphWithLink = (url: string) => ({
  type: 'paragraph',
  version: 1,
  children: [{ type: 'link', version: 3, fields: { linkType: 'custom', url }, children: [text('read more')] }],
})

/** A document whose text sits inside `levels` nested paragraphs. */
export function nestedParagraphs(levels: number) {
  let node: EditorNode = text('deep')
  for (let level = 0; level < levels; level++) node = { type: 'paragraph', version: 1, children: [node] }
  return editorDocument(node)
}

/** An image from the media collection, as the editor's upload button stores it. */
export const uploadNode = (mediaId: number) => ({
  type: 'upload',
  relationTo: 'media',
  value: mediaId,
  fields: {},
  format: '',
  version: 3,
  id: `upload-${mediaId}`,
})
