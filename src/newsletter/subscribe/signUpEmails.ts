// What a sign-up sends: the confirmation link to an address not yet confirmed, and to one
// already confirmed a short note saying so: one email and the same page either way, so the
// answer never tells whether an address is on the list. (Its timing differs by the database
// write a confirmed address skips, about 10 ms here, which one try per inbox every ten
// minutes can hardly measure behind an SMTP server's own delays.)
import type { Payload } from 'payload'
import { NEWSLETTER_PATH, newsletterConfirmPath } from '@/routes'
import { absoluteUrl } from '@/seo/siteUrl'
import { listUnsubscribeHeaders, unsubscribeLinks } from '@/newsletter/unsubscribeLinks'
import { CONFIRM_TOKEN_LIFETIME_HOURS } from './confirmToken'
import { noticeHtml, noticeText, type Notice } from './noticeEmail'

const CONFIRMATION_SUBJECT = 'Confirm your Groundwork subscription'
const ALREADY_SUBSCRIBED_SUBJECT = 'You’re already subscribed to Groundwork'

const WHAT_ARRIVES =
  'Every Tuesday it brings one AI concept, clearly explained, and one real-world use case of it. Nothing else, and every issue can be unsubscribed from in one click.'

export function confirmationNotice(token: string): Notice {
  return {
    subject: CONFIRMATION_SUBJECT,
    heading: 'Confirm your subscription',
    paragraphs: [
      'Thanks for signing up for the Groundwork newsletter.',
      WHAT_ARRIVES,
      'Confirm your address to start getting it:',
    ],
    action: { label: 'Confirm my subscription', href: absoluteUrl(newsletterConfirmPath(token)) },
    footnote: `The link works once, for the next ${CONFIRM_TOKEN_LIFETIME_HOURS} hours. If you did not sign up, ignore this email: you will not hear from us again.`,
  }
}

export function alreadySubscribedNotice(unsubscribePage: string): Notice {
  return {
    subject: ALREADY_SUBSCRIBED_SUBJECT,
    heading: 'You’re already subscribed',
    paragraphs: [
      'Someone, probably you, just asked to sign this address up for the Groundwork newsletter. It is already subscribed, so there is nothing to do.',
      WHAT_ARRIVES,
    ],
    action: { label: 'Read past issues', href: absoluteUrl(NEWSLETTER_PATH) },
    footnote: 'Would you rather stop getting it?',
    footnoteLink: { label: 'Unsubscribe', href: unsubscribePage },
  }
}

function sendNotice(payload: Payload, to: string, notice: Notice, headers: Record<string, string> = {}) {
  const { defaultFromName, defaultFromAddress } = payload.email
  return payload.sendEmail({
    from: `"${defaultFromName}" <${defaultFromAddress}>`,
    to,
    subject: notice.subject,
    html: noticeHtml(notice),
    text: noticeText(notice),
    headers,
  })
}

export const sendConfirmation = (payload: Payload, to: string, token: string) =>
  sendNotice(payload, to, confirmationNotice(token))

export const sendAlreadySubscribed = (payload: Payload, to: string, subscriberId: number) =>
  sendNotice(
    payload,
    to,
    alreadySubscribedNotice(unsubscribeLinks(payload, subscriberId).page),
    listUnsubscribeHeaders(payload, subscriberId),
  )
