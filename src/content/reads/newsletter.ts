// The newsletter archive: issues that were sent (publishing an issue sends it, and a sent
// issue never changes, so its last update is when it went out), read as any reader would.
import type { Concept, NewsletterIssue, UseCase } from '@/payload-types'
import { relationId } from '@/fields/relationId'
import { issueContent, paragraphs, type IssueContent } from '@/newsletter/compose/issueContent'
import { findAsReader } from './readAsReader'

export type SentIssueListItem = { slug: string; subject: string; sentAt: string; teaser: string }

export type SentIssue = {
  subject: string
  sentAt: string
  /** Null when the concept or use case it featured has since been taken down. */
  content: IssueContent | null
  intro: string[]
}

const asListItem = (issue: Pick<NewsletterIssue, 'slug' | 'subject' | 'updatedAt' | 'intro'>): SentIssueListItem => ({
  slug: issue.slug,
  subject: issue.subject,
  sentAt: issue.updatedAt,
  teaser: paragraphs(issue.intro)[0] ?? '',
})

export async function listSentIssues(limit?: number): Promise<SentIssueListItem[]> {
  const { docs } = await findAsReader({
    collection: 'newsletter-issues',
    sort: '-updatedAt',
    depth: 0,
    limit,
    select: { slug: true, subject: true, intro: true, updatedAt: true },
  })
  return docs.map(asListItem)
}

async function readById<T extends Concept | UseCase>(collection: 'concepts' | 'use-cases', id: number | undefined) {
  if (id === undefined) return undefined
  const { docs } = await findAsReader({ collection, where: { id: { equals: id } }, depth: 0, limit: 1 })
  return docs[0] as T | undefined
}

export async function getSentIssue(slug: string): Promise<SentIssue | undefined> {
  const { docs } = await findAsReader({
    collection: 'newsletter-issues',
    where: { slug: { equals: slug } },
    depth: 0,
    limit: 1,
  })
  const issue = docs[0]
  if (!issue) return undefined
  const [concept, useCase] = await Promise.all([
    readById<Concept>('concepts', relationId(issue.concept)),
    readById<UseCase>('use-cases', relationId(issue.useCase)),
  ])
  return {
    subject: issue.subject,
    sentAt: issue.updatedAt,
    intro: paragraphs(issue.intro),
    content: concept && useCase ? issueContent(issue, concept, useCase) : null,
  }
}
