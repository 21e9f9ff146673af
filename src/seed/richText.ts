// Turns the seed's plain paragraphs into the Lexical JSON the editor stores.
type TextNode = { type: 'text'; text: string; version: 1; format: 0; detail: 0; mode: 'normal'; style: '' }
type BlockNode = {
  type: 'paragraph' | 'heading'
  tag?: 'h2'
  children: TextNode[]
  direction: 'ltr'
  format: ''
  indent: 0
  version: 1
  textFormat?: 0
}

export type LexicalDocument = {
  root: { type: 'root'; children: BlockNode[]; direction: 'ltr'; format: ''; indent: 0; version: 1 }
}

function textNode(text: string): TextNode {
  return { type: 'text', text, version: 1, format: 0, detail: 0, mode: 'normal', style: '' }
}

function block(paragraph: string): BlockNode {
  const common = { direction: 'ltr', format: '', indent: 0, version: 1 } as const
  if (paragraph.startsWith('## ')) {
    return { type: 'heading', tag: 'h2', children: [textNode(paragraph.slice(3))], ...common }
  }
  return { type: 'paragraph', children: [textNode(paragraph)], textFormat: 0, ...common }
}

export function richText(paragraphs: string[]): LexicalDocument {
  return {
    root: { type: 'root', children: paragraphs.map(block), direction: 'ltr', format: '', indent: 0, version: 1 },
  }
}
