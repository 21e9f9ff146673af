// An issue as a short list of blocks. The email's HTML part, its text part and the archive's
// web page each render these same blocks, so the three never say different things.
import type { IssueContent } from './issueContent'

export type IssueBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'section'; eyebrow: string; heading: string; href: string }
  | { kind: 'lead'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'traits'; items: { label: string; explanation: string }[] }
  | { kind: 'link'; text: string; href: string }
  | { kind: 'divider' }

export function issueBlocks({ intro, concept, useCase }: IssueContent): IssueBlock[] {
  return [
    ...intro.map((text): IssueBlock => ({ kind: 'paragraph', text })),
    { kind: 'divider' },
    { kind: 'section', eyebrow: 'This week’s concept', heading: concept.title, href: concept.url },
    { kind: 'lead', text: concept.summary },
    ...(concept.whatItIs
      ? [
          { kind: 'subheading', text: concept.whatIsHeading } as const,
          { kind: 'paragraph', text: concept.whatItIs } as const,
        ]
      : []),
    ...(concept.traits.length
      ? [
          { kind: 'subheading', text: concept.traitsHeading } as const,
          { kind: 'traits', items: concept.traits } as const,
        ]
      : []),
    { kind: 'link', text: `Read the whole page on ${concept.title}`, href: concept.url },
    { kind: 'divider' },
    { kind: 'section', eyebrow: `What ${useCase.organization} shipped`, heading: useCase.title, href: useCase.url },
    { kind: 'paragraph', text: useCase.story },
    { kind: 'link', text: 'Read the use case', href: useCase.url },
  ]
}
