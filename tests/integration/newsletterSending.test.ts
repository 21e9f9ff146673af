// Sending an issue, as readers' inboxes show it: a real SMTP server (tests/helpers/smtpPeer)
// receives whatever the sender hands over. Only confirmed readers get an issue, with their own
// one-click unsubscribe; a 550 bounces the reader for good; a 451 is tried again after a wait;
// a server that refuses everything bounces nobody. (Sending exactly once: newsletterSendOnce.)
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { NewsletterIssue, Subscriber, User } from '@/payload-types'
import { subscriberOfToken, unsubscribeLinks } from '@/newsletter/unsubscribeLinks'
import { recordRecipients } from '@/newsletter/sending/recordRecipients'
import { sendIssue } from '@/newsletter/sending/sendIssue'
import { SEND_TASK } from '@/newsletter/sending/sendTask'
import { conceptPath, useCasePath } from '@/routes'
import { absoluteUrl } from '@/seo/siteUrl'
import { inbox, newsletterSendingBed, pause, sendInput } from '../helpers/newsletterSendingBed'
import { createUser, testPayload } from '../helpers/payload'
import { auditTrail } from '../helpers/review'
import { startSmtpPeer, type ReceivedMail, type SmtpPeer } from '../helpers/smtpPeer'

const { smtpPeer, reader, confirmedReaders, draftIssue, deliveries, statesOf, featured } =
  newsletterSendingBed('newsletter-sending.test')
let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

/** A header's value as sent, unfolded. */
function header(mail: ReceivedMail, name: string): string | undefined {
  const line = mail.parsed.headerLines.find((entry) => entry.key === name.toLowerCase())?.line
  return line
    ?.slice(line.indexOf(':') + 1)
    .replace(/\r?\n(?=[ \t])/g, '')
    .trim()
}

async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Still waiting after ${timeoutMs / 1000} s: ${what}.`)
    await pause(50)
  }
}

describe('an issue sent by publishing it', () => {
  let peer: SmtpPeer
  let issue: NewsletterIssue
  let confirmed: Subscriber[]
  let notConfirmed: Subscriber[]
  let admin: User

  beforeAll(async () => {
    admin = await createUser(payload, ['admin'])
    peer = await smtpPeer()
    confirmed = await confirmedReaders(2)
    notConfirmed = [await reader('pending'), await reader('unsubscribed'), await reader('bounced')]
    issue = await draftIssue()
    // An admin may publish unreviewed work (recorded as an override); the send is in their name.
    await payload.update({
      collection: 'newsletter-issues',
      id: issue.id,
      data: { _status: 'published' },
      user: admin,
      overrideAccess: false,
    })
    // The job the publish queued; this process's job runner may have taken it already.
    await payload.jobs.run({
      where: { and: [{ taskSlug: { equals: SEND_TASK } }, { 'input.issue': { equals: issue.id } }] },
    })
    await until(
      async () => (await statesOf(issue, confirmed)).every((state) => state === 'sent'),
      'the issue sent to both confirmed readers',
    )
  })

  it('reaches each confirmed reader exactly once, and nobody pending, unsubscribed or bounced', async () => {
    for (const one of confirmed) expect(inbox(peer, one.email, issue), one.email).toHaveLength(1)
    for (const one of notConfirmed) expect(peer.to(one.email), `${one.status}: ${one.email}`).toHaveLength(0)
    expect(await statesOf(issue, notConfirmed)).toEqual([undefined, undefined, undefined])
    const sendEntries = (await auditTrail(payload, 'newsletter-issues', issue.id)).filter(
      (entry) => entry.action === 'send',
    )
    expect(sendEntries.map((entry) => entry.summary)).toEqual([`${admin.name} started sending “${issue.subject}”`])
  })

  it('carries one-click unsubscribe headers that unsubscribe that reader, and no one else', () => {
    for (const one of confirmed) {
      const [mail] = inbox(peer, one.email, issue)
      expect(header(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click')
      const target = /^<(.+)>$/.exec(header(mail, 'List-Unsubscribe') ?? '')?.[1]
      expect(target).toBe(unsubscribeLinks(payload, one.id).oneClick)
      expect(subscriberOfToken(payload, new URL(target!).searchParams.get('token'))).toBe(one.id)
    }
  })

  it('has HTML and text parts that say the same things, and differ between readers only in the unsubscribe link', () => {
    const parts = confirmed.map((one) => {
      const [mail] = inbox(peer, one.email, issue)
      return { one, html: String(mail.parsed.html), text: (mail.parsed.text ?? '').replace(/\s+/g, ' ') }
    })
    const { concept, useCase } = featured()
    for (const { one, html, text } of parts) {
      for (const said of [
        concept.title,
        absoluteUrl(conceptPath(concept.slug)),
        useCase.title,
        absoluteUrl(useCasePath(useCase.slug)),
        unsubscribeLinks(payload, one.id).page,
      ]) {
        expect(html, `the HTML part names ${said}`).toContain(said)
        expect(text, `the text part names ${said}`).toContain(said)
      }
    }
    const withoutOwnLink = ({ one, html, text }: (typeof parts)[number]) => {
      const own = unsubscribeLinks(payload, one.id).page
      return [html.replaceAll(own, 'LINK'), text.replaceAll(own, 'LINK')]
    }
    expect(withoutOwnLink(parts[0])).toEqual(withoutOwnLink(parts[1]))
  })
})

describe('SMTP refusals', () => {
  it('bounces a reader on a 550 and sends them nothing more, not even an attempt', async () => {
    const attempts = new Map<string, number>()
    const peer = await smtpPeer({
      reject: (recipient) => {
        attempts.set(recipient, (attempts.get(recipient) ?? 0) + 1)
        return recipient.startsWith('refused-') ? 550 : undefined
      },
    })
    const [refused, fine] = [await reader('confirmed', 'refused'), await reader('confirmed')]
    const first = await draftIssue()
    await sendIssue(payload, sendInput(first))
    expect(inbox(peer, fine.email, first)).toHaveLength(1)
    expect(await statesOf(first, [refused])).toEqual(['bounced'])
    const stored = await payload.findByID({ collection: 'subscribers', id: refused.id })
    expect(stored).toMatchObject({ status: 'bounced', bouncedAt: expect.any(String) })

    const next = await draftIssue()
    await sendIssue(payload, sendInput(next))
    expect(inbox(peer, fine.email, next)).toHaveLength(1)
    expect(attempts.get(refused.email), 'the refused address was tried once, for the first issue only').toBe(1)
  })

  it.each([
    ['refuses every message once it has its content (554)', { refuseMessage: 554 as const }, ''],
    ['refuses the site’s sign-in (535, a wrong password)', { refuseSignIn: true }, 'groundwork:wrong@'],
  ])('bounces nobody when the server %s, and stops until it takes mail', async (_, options, credentials) => {
    const peer = await smtpPeer(options)
    process.env.SMTP_URL = peer.url.replace('smtp://', `smtp://${credentials}`)
    const readers = await confirmedReaders(3)
    const issue = await draftIssue()
    const outcome = await sendIssue(payload, sendInput(issue))
    expect(outcome.retryAt).toBeDefined()
    expect(new Set(await statesOf(issue, readers))).toEqual(new Set(['pending']))
    for (const one of readers) {
      expect((await payload.findByID({ collection: 'subscribers', id: one.id })).status).toBe('confirmed')
    }
  })

  it('skips a reader who unsubscribed after the recipients were recorded', async () => {
    const peer = await smtpPeer()
    const [leaving, staying] = await confirmedReaders(2)
    const issue = await draftIssue()
    const input = sendInput(issue)
    await recordRecipients(payload, { ...input, subject: issue.subject })
    await payload.update({
      collection: 'subscribers',
      id: leaving.id,
      data: { status: 'unsubscribed', unsubscribedAt: new Date().toISOString() },
    })
    await sendIssue(payload, input)
    expect(inbox(peer, leaving.email, issue)).toHaveLength(0)
    expect(inbox(peer, staying.email, issue)).toHaveLength(1)
    expect(await statesOf(issue, [leaving, staying])).toEqual(['skipped', 'sent'])
  })

  it('tries again after a 451 once the wait is over, and delivers once', async () => {
    process.env.NEWSLETTER_RETRY_AFTER_SECONDS = '1'
    const attempts = new Map<string, number>()
    const peer = await smtpPeer({
      reject: (recipient) => {
        attempts.set(recipient, (attempts.get(recipient) ?? 0) + 1)
        return recipient.startsWith('busy-') && attempts.get(recipient) === 1 ? 451 : undefined
      },
    })
    const busy = await reader('confirmed', 'busy')
    const issue = await draftIssue()
    const input = sendInput(issue)

    const first = await sendIssue(payload, input)
    expect(inbox(peer, busy.email, issue)).toHaveLength(0)
    expect(first.remaining).toBe(1)
    const wait = first.retryAt!.getTime() - Date.now()
    expect(wait).toBeGreaterThan(500)
    expect(wait).toBeLessThanOrEqual(1000)

    await sendIssue(payload, input)
    expect(attempts.get(busy.email), 'not tried again before the wait is over').toBe(1)

    await pause(first.retryAt!.getTime() - Date.now())
    const second = await sendIssue(payload, input)
    expect(inbox(peer, busy.email, issue)).toHaveLength(1)
    expect(second.remaining).toBe(0)
    expect(second.retryAt).toBeUndefined()
    expect((await deliveries(issue)).get(busy.id)).toEqual({ status: 'sent', attempts: 2 })
  })

  it('stops after one batch while the SMTP server is down, and carries on where it stopped once it is back', async () => {
    process.env.NEWSLETTER_BATCH_SIZE = '2'
    process.env.NEWSLETTER_RETRY_AFTER_SECONDS = '0.2'
    const gone = await startSmtpPeer()
    await gone.close()
    process.env.SMTP_URL = gone.url // nothing listens there now: every connection is refused
    const readers = await confirmedReaders(5)
    const issue = await draftIssue()
    const input = sendInput(issue)

    const down = await sendIssue(payload, input)
    const tried = [...(await deliveries(issue)).values()].filter((row) => row.attempts > 0)
    expect(tried, 'only the first batch spent an attempt').toHaveLength(2)
    expect(down.retryAt!.getTime() - Date.now()).toBeGreaterThan(100)

    const peer = await smtpPeer()
    let outcome = down
    while (outcome.retryAt) {
      await pause(outcome.retryAt.getTime() - Date.now())
      outcome = await sendIssue(payload, input)
    }
    for (const one of readers) expect(inbox(peer, one.email, issue), one.email).toHaveLength(1)
    expect(new Set(await statesOf(issue, readers))).toEqual(new Set(['sent']))
  })

  it('gives up on an address that answers 451 five times, waiting twice as long each time', async () => {
    process.env.NEWSLETTER_RETRY_AFTER_SECONDS = '0.05'
    const tried: number[] = []
    await smtpPeer({
      reject: (recipient) => {
        if (!recipient.startsWith('full-')) return undefined
        tried.push(Date.now())
        return 451
      },
    })
    const full = await reader('confirmed', 'full')
    const issue = await draftIssue()
    const input = sendInput(issue)
    let outcome = await sendIssue(payload, input)
    while (outcome.retryAt && tried.length < 10) {
      await pause(outcome.retryAt.getTime() - Date.now())
      outcome = await sendIssue(payload, input)
    }
    expect(tried).toHaveLength(5)
    const waits = tried.slice(1).map((at, index) => at - tried[index])
    expect(waits.map((ms, index) => ms >= 50 * 2 ** index)).toEqual([true, true, true, true])
    expect((await deliveries(issue)).get(full.id)).toEqual({ status: 'failed', attempts: 5 })
    expect(await payload.findByID({ collection: 'subscribers', id: full.id })).toMatchObject({ status: 'confirmed' })
  })
})
