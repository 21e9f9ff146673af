// Every issue carries a link that unsubscribes its reader, and only that reader: a token of
// the subscriber's id signed with the app's secret. It needs no session or cookie, stays
// valid across issues (an old email still unsubscribes), and reveals nothing but the id.
import crypto from 'node:crypto'
import type { Payload } from 'payload'
import { absoluteUrl } from '@/seo/siteUrl'

export const UNSUBSCRIBE_PAGE_PATH = '/newsletter/unsubscribe'
/** Where mail clients POST `List-Unsubscribe=One-Click` (RFC 8058), and the page's button posts too. */
export const ONE_CLICK_UNSUBSCRIBE_PATH = '/api/newsletter/unsubscribe'

function signature(payload: Payload, subscriberId: number): string {
  return crypto
    .createHmac('sha256', payload.secret)
    .update(`groundwork:unsubscribe:${subscriberId}`)
    .digest('base64url')
}

export function unsubscribeToken(payload: Payload, subscriberId: number): string {
  return `${subscriberId}.${signature(payload, subscriberId)}`
}

/** The subscriber a token was made for, or undefined for anything forged, cut or malformed. */
export function subscriberOfToken(payload: Payload, token: unknown): number | undefined {
  if (typeof token !== 'string') return undefined
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token)
  if (!match) return undefined
  const id = Number(match[1])
  const expected = Buffer.from(signature(payload, id))
  const given = Buffer.from(match[2])
  return crypto.timingSafeEqual(expected, given) ? id : undefined
}

export function unsubscribeLinks(payload: Payload, subscriberId: number) {
  const token = encodeURIComponent(unsubscribeToken(payload, subscriberId))
  return {
    /** The footer link: a page with a button (GET alone never unsubscribes). */
    page: absoluteUrl(`${UNSUBSCRIBE_PAGE_PATH}?token=${token}`),
    /** The List-Unsubscribe header's address, for the one-click POST. */
    oneClick: absoluteUrl(`${ONE_CLICK_UNSUBSCRIBE_PATH}?token=${token}`),
  }
}

/** The headers that give mail clients their own unsubscribe button (RFC 2369 and RFC 8058). */
export function listUnsubscribeHeaders(payload: Payload, subscriberId: number): Record<string, string> {
  return {
    'List-Unsubscribe': `<${unsubscribeLinks(payload, subscriberId).oneClick}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  }
}
