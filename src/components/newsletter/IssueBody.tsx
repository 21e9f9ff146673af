// A sent issue on the web, rendered from the same blocks as its email.
import type { IssueBlock } from '@/newsletter/compose/issueBlocks'

function Block({ block }: { block: IssueBlock }) {
  switch (block.kind) {
    case 'paragraph':
      return <p>{block.text}</p>
    case 'section':
      return (
        <>
          <p className="issue__eyebrow">{block.eyebrow}</p>
          <h2>
            <a href={block.href}>{block.heading}</a>
          </h2>
        </>
      )
    case 'lead':
      return <p className="issue__lead">{block.text}</p>
    case 'subheading':
      return <h3>{block.text}</h3>
    case 'traits':
      return (
        <ul>
          {block.items.map(({ label, explanation }) => (
            <li key={label}>
              <strong>{label}</strong>: {explanation}
            </li>
          ))}
        </ul>
      )
    case 'link':
      return (
        <p className="issue__more">
          <a href={block.href}>{block.text}</a>
        </p>
      )
    case 'divider':
      return <hr />
  }
}

export function IssueBody({ blocks }: { blocks: IssueBlock[] }) {
  return (
    <div className="issue prose">
      {blocks.map((block, index) => (
        <Block key={index} block={block} />
      ))}
    </div>
  )
}
