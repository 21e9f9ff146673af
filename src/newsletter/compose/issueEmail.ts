// An issue's email, composed once and rendered per reader: only the unsubscribe link differs.
import type { Payload } from 'payload'
import { issueBlocks } from './issueBlocks'
import { loadIssueContent, type IssueContent } from './issueContent'
import { WHY_YOU_GET_THIS } from './emailFrame'
import { renderHtml } from './renderHtml'
import { renderText } from './renderText'

export type RenderedEmail = { subject: string; html: string; text: string }
export type IssueEmail = { content: IssueContent; render: (unsubscribeUrl: string) => RenderedEmail }

export function composeIssueEmail(content: IssueContent): IssueEmail {
  const blocks = issueBlocks(content)
  return {
    content,
    render: (unsubscribeUrl) => {
      const frame = {
        subject: content.subject,
        preheader: content.concept.summary,
        webUrl: content.webUrl,
        archiveUrl: content.archiveUrl,
        unsubscribeUrl,
        why: WHY_YOU_GET_THIS,
      }
      return { subject: content.subject, html: renderHtml(blocks, frame), text: renderText(blocks, frame) }
    },
  }
}

/** The email of an issue as it will go out (`draft` for the admin's preview of unsent work). */
export async function issueEmail(
  payload: Payload,
  issueId: number,
  options?: { draft?: boolean },
): Promise<IssueEmail> {
  return composeIssueEmail(await loadIssueContent(payload, issueId, options))
}
