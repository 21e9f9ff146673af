// The email's plain-text part, from the same blocks as the HTML part.
import type { IssueBlock } from './issueBlocks'
import type { EmailFrame } from './emailFrame'

const WIDTH = 72

/** Wraps prose at 72 characters, the width plain-text mail has kept for decades. */
export function wrap(text: string, indent = ''): string {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > WIDTH) {
      lines.push(indent + line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(indent + line)
  return lines.join('\n')
}

function blockText(block: IssueBlock): string {
  switch (block.kind) {
    case 'paragraph':
    case 'lead':
      return wrap(block.text)
    case 'section':
      return `${block.eyebrow.toUpperCase()}\n${block.heading}\n${'='.repeat(Math.min(block.heading.length, WIDTH))}`
    case 'subheading':
      return `${block.text}\n${'-'.repeat(Math.min(block.text.length, WIDTH))}`
    case 'traits':
      return block.items
        .map(({ label, explanation }) => wrap(`* ${label}: ${explanation}`).replace(/\n/g, '\n  '))
        .join('\n')
    case 'link':
      return `${block.text}:\n${block.href}`
    case 'divider':
      return '* * *'
  }
}

export function renderText(blocks: IssueBlock[], frame: EmailFrame): string {
  const footer = [
    `Read this issue on the web: ${frame.webUrl}`,
    `Past issues: ${frame.archiveUrl}`,
    wrap(`${frame.why} Unsubscribe with one click: ${frame.unsubscribeUrl}`),
  ]
  return [frame.subject, '', ...blocks.map(blockText).join('\n\n').split('\n'), '', '--', ...footer, ''].join('\n')
}
