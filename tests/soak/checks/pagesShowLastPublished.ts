// (4) Every public page shows the last published version: each concept the soak published
// shows its last title and summary (and the FAQs published with it) on its page, and none of
// the summaries it replaced; the anonymous REST API answers with the same.
import type { Concept } from '@/payload-types'
import { conceptPath } from '@/routes'
import type { SoakClient } from '../http'
import type { Ledger, PublishedConcept } from '../ledger'
import { checkResult, type CheckResult } from './checkResult'

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

/** The page's text as a reader sees it: character references decoded. */
function decodedHtml(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (reference, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16))
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)))
    return NAMED_ENTITIES[name.toLowerCase()] ?? reference
  })
}

async function pageProblems(client: SoakClient, concept: PublishedConcept): Promise<string[]> {
  const path = conceptPath(concept.slug)
  const page = await client.request('check', 'GET', path)
  if (!page.ok) return [`${path} answered ${page.status ?? 'nothing'}`]
  const text = decodedHtml(page.text)
  return [
    ...[concept.title, concept.summary, ...concept.faqQuestions]
      .filter((shown) => !text.includes(shown))
      .map((shown) => `${path} does not show “${shown}”`),
    ...concept.replacedSummaries
      .filter((replaced) => text.includes(replaced))
      .map((replaced) => `${path} still shows the replaced summary “${replaced}”`),
  ]
}

async function apiProblems(client: SoakClient, concept: PublishedConcept): Promise<string[]> {
  const path = `/api/concepts/${concept.id}?depth=0`
  const answer = await client.request<Concept>('check', 'GET', path)
  if (!answer.ok || !answer.json) return [`${path} answered ${answer.status ?? 'nothing'} to a reader`]
  const { title, summary } = answer.json
  return title === concept.title && summary === concept.summary
    ? []
    : [`${path} shows “${title}”: “${summary}”, not the last published “${concept.title}”: “${concept.summary}”`]
}

export async function checkPagesShowLastPublished(client: SoakClient, ledger: Ledger): Promise<CheckResult> {
  const problems: string[] = []
  for (const concept of ledger.published.values()) {
    problems.push(...(await pageProblems(client, concept)), ...(await apiProblems(client, concept)))
  }
  return checkResult(
    'Pages show the last published version',
    `${ledger.published.size} concepts published by the soak, each page and API answer read once`,
    problems,
  )
}
