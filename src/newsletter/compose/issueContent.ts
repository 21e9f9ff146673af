// What an issue says, gathered once from the issue, its concept and its use case: the email's
// HTML and text parts and the archive's web page are all rendered from this.
import type { Payload } from 'payload'
import type { Concept, NewsletterIssue, UseCase } from '@/payload-types'
import { nodePlainText } from '@/fields/lexicalPlainText'
import { relationId } from '@/fields/relationId'
import { nameInSentence, whatIsQuestion } from '@/content/nameInSentence'
import { absoluteUrl } from '@/seo/siteUrl'
import { conceptPath, NEWSLETTER_PATH, newsletterIssuePath, useCasePath } from '@/routes'

export type IssueContent = {
  subject: string
  slug: string
  /** When it was (or will be) sent. */
  sendAt: string
  /** The editor's intro, one string per paragraph. */
  intro: string[]
  concept: {
    title: string
    url: string
    summary: string
    whatIsHeading: string
    traitsHeading: string
    /** The first paragraph of the explanation, shortened to a few sentences. */
    whatItIs: string
    traits: { label: string; explanation: string }[]
  }
  useCase: { title: string; organization: string; story: string; url: string }
  webUrl: string
  archiveUrl: string
}

const MAX_TRAITS = 3
const WHAT_IT_IS_MAX_CHARS = 420

type LexicalBlock = { type?: string; children?: LexicalBlock[]; text?: unknown }

function firstParagraph(body: Concept['body']): string {
  const blocks = ((body as { root?: LexicalBlock } | null | undefined)?.root?.children ?? []) as LexicalBlock[]
  const paragraph = blocks.find((block) => block.type === 'paragraph' && nodePlainText(block).trim())
  return paragraph ? nodePlainText(paragraph).replace(/\s+/g, ' ').trim() : ''
}

/** Whole sentences up to the limit (at least one), so the short version never stops mid-thought. */
export function inShort(text: string, maxChars: number = WHAT_IT_IS_MAX_CHARS): string {
  const sentences = text.match(/[^.!?]+[.!?]+(?=\s|$)|[^.!?]+$/g) ?? [text]
  let kept = ''
  for (const sentence of sentences) {
    const next = `${kept}${sentence}`
    if (kept && next.trim().length > maxChars) break
    kept = next
  }
  return kept.trim()
}

export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
}

export function issueContent(issue: NewsletterIssue, concept: Concept, useCase: UseCase): IssueContent {
  return {
    subject: issue.subject,
    slug: issue.slug,
    sendAt: issue.sendAt,
    intro: paragraphs(issue.intro),
    concept: {
      title: concept.title,
      url: absoluteUrl(conceptPath(concept.slug)),
      summary: concept.summary,
      whatIsHeading: whatIsQuestion(concept),
      traitsHeading: `Key traits of ${nameInSentence(concept)}`,
      whatItIs: inShort(firstParagraph(concept.body)),
      traits: (concept.keyTraits ?? []).slice(0, MAX_TRAITS).map(({ label, explanation }) => ({ label, explanation })),
    },
    useCase: {
      title: useCase.title,
      organization: useCase.organization,
      story: useCase.summary,
      url: absoluteUrl(useCasePath(useCase.slug)),
    },
    webUrl: absoluteUrl(newsletterIssuePath(issue.slug)),
    archiveUrl: absoluteUrl(NEWSLETTER_PATH),
  }
}

export class IssueNotReady extends Error {}

/**
 * An issue's content as it stands: `draft` reads the newest draft (the admin's preview), else
 * the sent version. The concept and use case are always their published versions, as readers
 * following the links will see them.
 */
export async function loadIssueContent(
  payload: Payload,
  issueId: number,
  { draft = false }: { draft?: boolean } = {},
): Promise<IssueContent> {
  const issue = await payload.findByID({
    collection: 'newsletter-issues',
    id: issueId,
    draft,
    depth: 0,
    overrideAccess: true,
  })
  const conceptId = relationId(issue.concept)
  const useCaseId = relationId(issue.useCase)
  if (conceptId === undefined || useCaseId === undefined)
    throw new IssueNotReady('Choose a concept and a use case for this issue.')
  const [concept, useCase] = await Promise.all([
    payload.findByID({ collection: 'concepts', id: conceptId, depth: 0, overrideAccess: true, disableErrors: true }),
    payload.findByID({ collection: 'use-cases', id: useCaseId, depth: 0, overrideAccess: true, disableErrors: true }),
  ])
  if (concept?._status !== 'published') throw new IssueNotReady('The issue’s concept is not published.')
  if (useCase?._status !== 'published') throw new IssueNotReady('The issue’s use case is not published.')
  return issueContent(issue, concept, useCase)
}
