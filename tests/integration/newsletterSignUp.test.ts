// The newsletter's reader side over HTTP, through the real route handlers, with its email
// going to a real SMTP server: the double opt-in, answers that never tell whether an address
// is on the list, the honeypot and rate limits, bad input, and one-click unsubscribe.
import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { ParsedMail } from 'mailparser'
import type { Payload } from 'payload'
import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Subscriber } from '@/payload-types'
import { hashConfirmToken } from '@/newsletter/subscribe/confirmToken'
import { unsubscribeLinks, unsubscribeToken } from '@/newsletter/unsubscribeLinks'
import { LIMITS } from '@/security/rateLimits/limits'
import { hit } from '@/security/rateLimits/rateLimitStore'
import { POST as subscribeRoute } from '../../app/(site)/api/newsletter/subscribe/route'
import { POST as confirmRoute } from '../../app/(site)/api/newsletter/confirm/route'
import { GET as unsubscribeGet, POST as unsubscribePost } from '../../app/(site)/api/newsletter/unsubscribe/route'
import ConfirmPage from '../../app/(site)/newsletter/confirm/page'
import UnsubscribePage from '../../app/(site)/newsletter/unsubscribe/page'
import { databaseFingerprint } from '../helpers/databaseFingerprint'
import { testPayload } from '../helpers/payload'
import { startSmtpPeer, type SmtpPeer } from '../helpers/smtpPeer'

const SITE = process.env.SITE_URL!
const HOUR = 60 * 60 * 1000

let payload: Payload
let peer: SmtpPeer
const smtpUrlBefore = process.env.SMTP_URL

beforeAll(async () => {
  payload = await testPayload()
  peer = await startSmtpPeer()
  process.env.SMTP_URL = peer.url
})

afterAll(async () => {
  if (smtpUrlBefore === undefined) delete process.env.SMTP_URL
  else process.env.SMTP_URL = smtpUrlBefore
  await peer.close()
})

let counter = 0
const newAddress = (label: string) => `${label}-${Date.now().toString(36)}-${++counter}@example.com`
/** Every request comes from its own client unless a test says otherwise, so no test trips another's limit. */
const newClient = () => `198.51.${Math.floor(++counter / 250) % 250}.${counter % 250}`

type Sent = { client?: string; origin?: string }

function post(path: string, body: BodyInit, contentType: string | undefined, { client, origin }: Sent = {}) {
  return new Request(`http://localhost${path}`, {
    method: 'POST',
    headers: {
      ...(contentType ? { 'content-type': contentType } : {}),
      'x-forwarded-for': client ?? newClient(),
      ...(origin ? { origin } : {}),
    },
    body,
  })
}

const FORM = 'application/x-www-form-urlencoded'
const signUpForm = (fields: Record<string, string>, sent?: Sent) =>
  subscribeRoute(post('/api/newsletter/subscribe', new URLSearchParams(fields).toString(), FORM, sent))
const signUpJson = (body: unknown, sent?: Sent) =>
  subscribeRoute(post('/api/newsletter/subscribe', JSON.stringify(body), 'application/json', sent))
const signUp = (email: string, source = 'home') => signUpForm({ email, source, website: '' })

const confirmForm = (token: string) =>
  confirmRoute(post('/api/newsletter/confirm', new URLSearchParams({ token }).toString(), FORM))
const confirmJson = (token: unknown) =>
  confirmRoute(post('/api/newsletter/confirm', JSON.stringify({ token }), 'application/json'))

const unsubscribeAddress = (token: string) => `/api/newsletter/unsubscribe?${new URLSearchParams({ token })}`
/** As a mail client sends RFC 8058's one-click POST: the fixed body, no cookie, no session. */
const oneClick = (token: string) => unsubscribePost(post(unsubscribeAddress(token), 'List-Unsubscribe=One-Click', FORM))

async function subscriber(email: string): Promise<Subscriber | undefined> {
  const { docs } = await payload.find({
    collection: 'subscribers',
    where: { email: { equals: email } },
    overrideAccess: true,
  })
  return docs[0]
}

async function subscriberIn(status: Subscriber['status'], email = newAddress(status)): Promise<Subscriber> {
  return payload.create({
    collection: 'subscribers',
    data: { email, status, consentAt: new Date(Date.now() - 30 * 24 * HOUR).toISOString(), consentSource: 'concept' },
    overrideAccess: true,
  })
}

const mailTo = (email: string) => peer.to(email).map((mail) => mail.parsed)

function confirmLinkIn(mail: ParsedMail): URL {
  const link = /https?:\/\/\S+\/newsletter\/confirm\?token=[\w-]+/.exec(mail.text ?? '')?.[0]
  expect(link, 'a confirmation link in the text part').toBeDefined()
  return new URL(link!)
}

/** The answer as a reader or client sees it: status, where it leads, and what it says. */
const answerOf = async (response: Response) => ({
  status: response.status,
  location: response.headers.get('location'),
  body: await response.text(),
})

/** Moves an address's ten-minute email window into the past, as if the time had gone by. */
async function letEmailWindowPass(email: string) {
  await (payload.db as unknown as PostgresAdapter).drizzle.execute(
    sql`update rate_limits set window_started_at = now() - interval '11 minutes' where bucket = ${`newsletterEmailPerAddress:${email}`}`,
  )
}

const renderPage = async (page: Promise<ReactElement>) => renderToStaticMarkup(await page)
const formTag = (html: string) => /<form[^>]*>/.exec(html)?.[0]
const searchParams = (token: string) => ({ searchParams: Promise.resolve({ token }) })
/** notFound() throws Next's 404 signal, which the segment's not-found.tsx answers. */
const NOT_FOUND = /NEXT_HTTP_ERROR_FALLBACK;404/

describe('signing up', () => {
  it('records a pending subscriber with its consent and sends one confirmation email, HTML and text, to that address only', async () => {
    const email = newAddress('new')
    const before = Date.now()
    const response = await signUpForm({ email: `  ${email.toUpperCase()} `, source: 'concept', website: '' })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/newsletter/signed-up')

    const stored = await subscriber(email)
    expect(stored).toMatchObject({ status: 'pending', consentSource: 'concept', confirmedAt: null })
    expect(new Date(stored!.consentAt!).getTime()).toBeGreaterThanOrEqual(before - 1000)
    const expiresIn = new Date(stored!.confirmTokenExpiresAt!).getTime() - before
    expect(expiresIn).toBeGreaterThan(47.9 * HOUR)
    expect(expiresIn).toBeLessThan(48.1 * HOUR)

    const mails = mailTo(email)
    expect(mails).toHaveLength(1)
    const [mail] = mails
    expect(mail.subject).toBe('Confirm your Groundwork subscription')
    expect(mail.from?.value[0]).toMatchObject({ name: 'Groundwork', address: 'no-reply@groundwork.test' })
    expect(peer.to(email)[0].to).toEqual([email])
    expect(mail.text).toMatch(/one AI concept, clearly explained, and one real-world use case of it/)
    expect(mail.text).toMatch(/Every Tuesday/)
    expect(mail.text).toMatch(/48 hours/)
    const link = confirmLinkIn(mail)
    expect(link.origin).toBe(SITE)
    expect(mail.html).toContain(`href="${link.href}"`)
    expect(mail.html).toContain('Confirm my subscription')

    // Only the token's hash is stored.
    const token = link.searchParams.get('token')!
    expect(stored!.confirmTokenHash).toBe(hashConfirmToken(token))
    expect(JSON.stringify(stored)).not.toContain(token)
  })

  it('the email’s link opens a page with a button, opening it confirms nothing, and the button confirms once', async () => {
    const email = newAddress('confirm')
    await signUp(email)
    const link = confirmLinkIn(mailTo(email)[0])
    const token = link.searchParams.get('token')!
    expect(link.pathname).toBe('/newsletter/confirm')

    // Mail scanners GET every link: the page shows the address and a button, and changes nothing.
    const beforeOpening = await databaseFingerprint()
    const page = await renderPage(ConfirmPage(searchParams(token)))
    expect(page).toContain(`${email[0]}•••@example.com`)
    expect(formTag(page)).toContain('method="post"')
    expect(formTag(page)).toContain('action="/api/newsletter/confirm"')
    expect(page).toContain(`value="${token}"`)
    expect(page).toContain('Confirm my subscription')
    expect(await databaseFingerprint()).toBe(beforeOpening)
    expect((await subscriber(email))?.status).toBe('pending')

    const confirmed = await confirmForm(token)
    expect(confirmed.status).toBe(303)
    expect(confirmed.headers.get('location')).toBe('/newsletter/subscribed')
    const stored = await subscriber(email)
    expect(stored).toMatchObject({ status: 'confirmed', confirmTokenHash: null, confirmTokenExpiresAt: null })
    expect(stored?.confirmedAt).toBeTruthy()

    // Replayed: a clear refusal, and nothing changes.
    const afterConfirming = await databaseFingerprint()
    const replayed = await confirmJson(token)
    expect(replayed.status).toBe(410)
    expect(((await replayed.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(
      /expired or was already used/,
    )
    const replayedForm = await confirmForm(token)
    expect(replayedForm.status).toBe(303)
    expect(replayedForm.headers.get('location')).toBe(`/newsletter/confirm?token=${token}`)
    await expect(renderPage(ConfirmPage(searchParams(token)))).rejects.toThrow(NOT_FOUND)
    expect(await databaseFingerprint()).toBe(afterConfirming)
  })

  it('answers JSON with a 202, and confirms through JSON with a 200', async () => {
    const email = newAddress('json')
    const response = await signUpJson({ email, source: 'newsletter' })
    expect(response.status).toBe(202)
    expect(await response.json()).toEqual({ message: expect.stringMatching(/^Check your inbox/) })
    const token = confirmLinkIn(mailTo(email)[0]).searchParams.get('token')!
    const confirmed = await confirmJson(token)
    expect(confirmed.status).toBe(200)
    expect(await subscriber(email)).toMatchObject({ status: 'confirmed', consentSource: 'newsletter' })
  })

  it('refuses an expired link with a 410, and the page says so; nothing changes', async () => {
    const email = newAddress('expired')
    await signUp(email)
    const token = confirmLinkIn(mailTo(email)[0]).searchParams.get('token')!
    const pending = (await subscriber(email))!
    await payload.update({
      collection: 'subscribers',
      id: pending.id,
      data: { confirmTokenExpiresAt: new Date(Date.now() - 1000).toISOString() },
      overrideAccess: true,
    })
    const before = await databaseFingerprint()
    expect((await confirmJson(token)).status).toBe(410)
    await expect(renderPage(ConfirmPage(searchParams(token)))).rejects.toThrow(NOT_FOUND)
    expect(await databaseFingerprint()).toBe(before)
    expect((await subscriber(email))?.status).toBe('pending')
  })

  it('refuses forged and malformed links (400 malformed, 410 unknown) and changes nothing', async () => {
    await signUp(newAddress('bystander'))
    const before = await databaseFingerprint()
    for (const token of ['', 'short', 'a'.repeat(43) + '=', '<script>', 42, null]) {
      expect((await confirmJson(token)).status, String(token)).toBe(400)
    }
    const forged = await confirmJson('A'.repeat(43))
    expect(forged.status).toBe(410)
    await expect(renderPage(ConfirmPage(searchParams('A'.repeat(43))))).rejects.toThrow(NOT_FOUND)
    expect(await databaseFingerprint()).toBe(before)
  })
})

describe('an address already on the list', () => {
  it('gets the same answer whether it is new, pending, confirmed, unsubscribed or bounced, and each gets one email', async () => {
    const states = ['pending', 'confirmed', 'unsubscribed', 'bounced'] as const
    const addresses = { new: newAddress('state-new') } as Record<'new' | (typeof states)[number], string>
    for (const state of states) addresses[state] = (await subscriberIn(state)).email

    const formAnswers = new Set<string>()
    const jsonAnswers = new Set<string>()
    for (const email of Object.values(addresses)) {
      formAnswers.add(JSON.stringify(await answerOf(await signUp(email))))
      await letEmailWindowPass(email)
      jsonAnswers.add(JSON.stringify(await answerOf(await signUpJson({ email, source: 'home' }))))
    }
    expect([...formAnswers]).toEqual([JSON.stringify({ status: 303, location: '/newsletter/signed-up', body: '' })])
    expect(jsonAnswers.size).toBe(1)
    expect(JSON.parse([...jsonAnswers][0]).status).toBe(202)

    // Each address not yet confirmed is pending again, with a link to confirm; the confirmed one is told it already is.
    for (const state of ['new', 'pending', 'unsubscribed', 'bounced'] as const) {
      const mails = mailTo(addresses[state])
      expect(
        mails.map((mail) => mail.subject),
        state,
      ).toEqual(['Confirm your Groundwork subscription', 'Confirm your Groundwork subscription'])
      expect((await subscriber(addresses[state]))?.status, state).toBe('pending')
    }
    const notes = mailTo(addresses.confirmed)
    expect(notes.map((mail) => mail.subject)).toEqual([
      'You’re already subscribed to Groundwork',
      'You’re already subscribed to Groundwork',
    ])
    const confirmedSubscriber = (await subscriber(addresses.confirmed))!
    expect(confirmedSubscriber.status).toBe('confirmed')
    expect(notes[0].text).not.toMatch(/newsletter\/confirm/)
    expect(notes[0].text).toContain(unsubscribeLinks(payload, confirmedSubscriber.id).page)
  })

  it('resends to a pending address at most once in ten minutes, answering alike; a resend replaces the old link', async () => {
    const email = newAddress('resend')
    await signUp(email)
    const firstToken = confirmLinkIn(mailTo(email)[0]).searchParams.get('token')!
    const firstHash = (await subscriber(email))?.confirmTokenHash

    const again = await answerOf(await signUp(email))
    expect(again).toEqual({ status: 303, location: '/newsletter/signed-up', body: '' })
    expect(mailTo(email)).toHaveLength(1)
    expect((await subscriber(email))?.confirmTokenHash).toBe(firstHash)

    await letEmailWindowPass(email)
    await signUp(email)
    const mails = mailTo(email)
    expect(mails).toHaveLength(2)
    const secondToken = confirmLinkIn(mails[1]).searchParams.get('token')!
    expect(secondToken).not.toBe(firstToken)
    expect((await confirmJson(firstToken)).status).toBe(410)
    expect((await confirmJson(secondToken)).status).toBe(200)
  })
})

describe('one inbox', () => {
  it('gets one email in ten minutes however its address is spelt: +tags and Gmail’s dots', async () => {
    const name = newAddress('inbox').split('@')[0].replaceAll('-', '')
    const spellings = [
      `${name}@example.com`,
      `${name}+1@example.com`,
      `${name}+news@example.com`,
      `${name.slice(0, 3)}.${name.slice(3)}@gmail.com`,
      `${name}+2@googlemail.com`,
      `${name}@gmail.com`,
    ]
    for (const email of spellings) expect((await signUpJson({ email, source: 'home' })).status).toBe(202)
    const mails = spellings.map((email) => mailTo(email).length)
    expect(mails).toEqual([1, 0, 0, 1, 0, 0])
  })
})

describe('what is refused', () => {
  it('answers a filled-in honeypot as a sign-up, and stores and sends nothing', async () => {
    const email = newAddress('bot')
    const before = await databaseFingerprint()
    const caught = await answerOf(await signUpForm({ email, source: 'home', website: 'https://spam.example' }))
    expect(caught).toEqual({ status: 303, location: '/newsletter/signed-up', body: '' })
    expect(await subscriber(email)).toBeUndefined()
    expect(mailTo(email)).toHaveLength(0)
    expect(await databaseFingerprint()).toBe(before)
  })

  it.each([
    '',
    'reader',
    'reader@example',
    'two@@example.com',
    'a@b@example.com',
    'reader@-example.com',
    'read er@example.com',
    `${'a'.repeat(250)}@example.com`,
    'reader@example.com\r\nBcc: victim@example.com',
  ])('refuses the malformed address %j with a clear message, and changes nothing', async (email) => {
    const before = await databaseFingerprint()
    const json = await signUpJson({ email, source: 'home' })
    expect(json.status).toBe(400)
    expect(await json.json()).toEqual({
      errors: [{ message: 'Enter a valid email address, such as name@example.com.' }],
    })
    const form = await signUpForm({ email, source: 'home', website: '' })
    expect(form.status).toBe(303)
    expect(form.headers.get('location')).toBe('/newsletter?error=invalid-email#sign-up')
    expect(await databaseFingerprint()).toBe(before)
    expect(peer.received.some((mail) => mail.to.includes(email))).toBe(false)
  })

  it('refuses a sign-up that names no form it could come from', async () => {
    const email = newAddress('no-source')
    expect((await signUpJson({ email })).status).toBe(400)
    expect((await signUpJson({ email, source: 'admin' })).status).toBe(400)
    expect(await subscriber(email)).toBeUndefined()
  })

  it('refuses a 1 MB body with a 413 on every newsletter endpoint, and changes nothing', async () => {
    const confirmed = await subscriberIn('confirmed')
    const email = newAddress('huge')
    const padding = 'a'.repeat(1024 * 1024)
    const before = await databaseFingerprint()
    const answers = [
      await signUpJson({ email, source: 'home', padding }),
      await signUpForm({ email, source: 'home', padding }),
      await confirmRoute(post('/api/newsletter/confirm', `token=${padding}`, FORM)),
      await unsubscribePost(
        post(
          unsubscribeAddress(unsubscribeToken(payload, confirmed.id)),
          `List-Unsubscribe=One-Click&${padding}`,
          FORM,
        ),
      ),
    ]
    for (const response of answers) {
      expect(response.status).toBe(413)
      expect(await response.json()).toEqual({ errors: [{ message: expect.stringMatching(/larger than 4 KB/) }] })
    }
    expect(await databaseFingerprint()).toBe(before)
    expect(await subscriber(email)).toBeUndefined()
    expect((await subscriber(confirmed.email))?.status).toBe('confirmed')
  })

  it('refuses a body that is neither a form nor JSON with a 415', async () => {
    const email = newAddress('xml')
    const response = await subscribeRoute(post('/api/newsletter/subscribe', `<email>${email}</email>`, 'text/xml'))
    expect(response.status).toBe(415)
    expect(await subscriber(email)).toBeUndefined()
  })

  it('refuses a form posted from another site’s page, and takes one from the site’s own', async () => {
    const foreign = newAddress('foreign')
    const refused = await signUpForm({ email: foreign, source: 'home' }, { origin: 'https://attacker.example' })
    expect(refused.status).toBe(403)
    expect(await subscriber(foreign)).toBeUndefined()
    expect(
      (await confirmRoute(post('/api/newsletter/confirm', 'token=x', FORM, { origin: 'https://attacker.example' })))
        .status,
    ).toBe(403)

    const own = newAddress('own')
    const accepted = await signUpForm({ email: own, source: 'home' }, { origin: new URL(SITE).origin })
    expect(accepted.status).toBe(303)
    expect(await subscriber(own)).toBeDefined()
  })
})

describe('rate limits', () => {
  async function fill(bucket: string, max: number) {
    for (let count = 0; count < max; count++) await hit(payload, bucket, { max, seconds: 600 })
  }

  it('refuses a client over its limit with a 429, Retry-After and a clear message; other clients go on', async () => {
    const client = newClient()
    await fill(`newsletterSignUpPerClient:${client}`, LIMITS.newsletterSignUpPerClient.max)
    const email = newAddress('busy-client')
    const refused = await signUpJson({ email, source: 'home' }, { client })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await refused.json()).toEqual({
      errors: [{ message: expect.stringMatching(/^Too many newsletter sign-ups\. Try again in \d+ minutes?\.$/) }],
    })
    const refusedForm = await signUpForm({ email, source: 'home' }, { client })
    expect(refusedForm.headers.get('location')).toBe('/newsletter?error=too-many-requests#sign-up')
    expect(await subscriber(email)).toBeUndefined()
    expect(mailTo(email)).toHaveLength(0)

    expect((await signUpJson({ email, source: 'home' })).status).toBe(202)
  })

  it('refuses an address asked for too often, from any client, alike whether or not it is on the list', async () => {
    const known = (await subscriberIn('confirmed')).email
    const unknown = newAddress('busy-address')
    const answers = []
    for (const email of [known, unknown]) {
      await fill(`newsletterSignUpPerAddress:${email}`, LIMITS.newsletterSignUpPerAddress.max)
      answers.push(await answerOf(await signUpJson({ email, source: 'home' })))
    }
    expect(answers[0].status).toBe(429)
    expect(answers[1]).toEqual(answers[0])
    expect(await subscriber(unknown)).toBeUndefined()
    expect(mailTo(known)).toHaveLength(0)
  })
})

describe('when the email cannot be sent', () => {
  it('says so (503) instead of "check your inbox", and a retry sends at once', async () => {
    const refusing = await startSmtpPeer({ reject: () => 451 })
    const email = newAddress('smtp-down')
    try {
      process.env.SMTP_URL = refusing.url
      const failed = await signUpJson({ email, source: 'home' })
      expect(failed.status).toBe(503)
      expect(await failed.json()).toEqual({
        errors: [{ message: 'We could not send the confirmation email just now. Please try again in a few minutes.' }],
      })
      const failedForm = await signUpForm({ email, source: 'home' })
      expect(failedForm.headers.get('location')).toBe('/newsletter?error=not-sent#sign-up')
    } finally {
      process.env.SMTP_URL = peer.url
      await refusing.close()
    }
    expect((await signUpJson({ email, source: 'home' })).status).toBe(202)
    expect(mailTo(email)).toHaveLength(1)
  })
})

describe('unsubscribing', () => {
  it('never happens on GET: the link leads to a page that shows the address and a button', async () => {
    const confirmed = await subscriberIn('confirmed')
    const token = unsubscribeToken(payload, confirmed.id)
    const before = await databaseFingerprint()
    const opened = await unsubscribeGet(new Request(`http://localhost${unsubscribeAddress(token)}`))
    expect(opened.status).toBe(303)
    expect(opened.headers.get('location')).toBe(`/newsletter/unsubscribe?${new URLSearchParams({ token })}`)
    const page = await renderPage(UnsubscribePage(searchParams(token)))
    expect(page).toContain(`${confirmed.email[0]}•••@example.com`)
    expect(formTag(page)).toContain('method="post"')
    expect(formTag(page)).toContain(`action="${unsubscribeAddress(token).replace(/&/g, '&amp;')}"`)
    expect(await databaseFingerprint()).toBe(before)
    expect((await subscriber(confirmed.email))?.status).toBe('confirmed')
  })

  it('happens on the one-click POST, without cookie or session (RFC 8058); twice is harmless', async () => {
    const confirmed = await subscriberIn('confirmed')
    const token = unsubscribeToken(payload, confirmed.id)
    const response = await oneClick(token)
    expect(response.status).toBe(200)
    const stored = await subscriber(confirmed.email)
    expect(stored?.status).toBe('unsubscribed')
    expect(stored?.unsubscribedAt).toBeTruthy()

    const again = await oneClick(token)
    expect(again.status).toBe(200)
    expect((await subscriber(confirmed.email))?.unsubscribedAt).toBe(stored?.unsubscribedAt)
  })

  it('takes the one-click POST as multipart form data too, and the page’s button leads to "You’re unsubscribed"', async () => {
    const [first, second] = [await subscriberIn('confirmed'), await subscriberIn('confirmed')]
    const form = new FormData()
    form.append('List-Unsubscribe', 'One-Click')
    const multipart = new Request(`http://localhost${unsubscribeAddress(unsubscribeToken(payload, first.id))}`, {
      method: 'POST',
      body: form,
    })
    expect((await unsubscribePost(multipart)).status).toBe(200)
    expect((await subscriber(first.email))?.status).toBe('unsubscribed')

    const fromPage = await unsubscribePost(
      post(unsubscribeAddress(unsubscribeToken(payload, second.id)), 'from=page', FORM),
    )
    expect(fromPage.status).toBe(303)
    expect(fromPage.headers.get('location')).toBe('/newsletter/unsubscribed')
    expect((await subscriber(second.email))?.status).toBe('unsubscribed')
  })

  it('refuses forged tokens with a 400 and changes nothing', async () => {
    const confirmed = await subscriberIn('confirmed')
    const other = await subscriberIn('confirmed')
    const othersSignature = unsubscribeToken(payload, other.id).split('.')[1]
    const before = await databaseFingerprint()
    for (const token of [
      '',
      'garbage',
      `${confirmed.id}`,
      `${confirmed.id}.${'A'.repeat(43)}`,
      `${confirmed.id}.${othersSignature}`,
    ]) {
      const response = await oneClick(token)
      expect(response.status, token).toBe(400)
      expect(((await response.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(
        /unsubscribe link is not valid/,
      )
      await expect(renderPage(UnsubscribePage(searchParams(token)))).rejects.toThrow(NOT_FOUND)
    }
    expect(await databaseFingerprint()).toBe(before)
  })

  it('is not the end: signing up again goes through the opt-in, with a new consent record', async () => {
    const email = newAddress('comeback')
    await signUp(email, 'home')
    await confirmForm(confirmLinkIn(mailTo(email)[0]).searchParams.get('token')!)
    const confirmed = (await subscriber(email))!
    expect((await oneClick(unsubscribeToken(payload, confirmed.id))).status).toBe(200)

    await signUp(email, 'concept')
    const again = (await subscriber(email))!
    expect(again).toMatchObject({ status: 'pending', consentSource: 'concept' })
    expect(new Date(again.consentAt!).getTime()).toBeGreaterThan(new Date(confirmed.consentAt!).getTime())
    const mails = mailTo(email)
    expect(mails.map((mail) => mail.subject)).toEqual([
      'Confirm your Groundwork subscription',
      'Confirm your Groundwork subscription',
    ])
    expect((await confirmForm(confirmLinkIn(mails[1]).searchParams.get('token')!)).status).toBe(303)
    expect((await subscriber(email))?.status).toBe('confirmed')
  })

  it('leaves an old confirmation link useless once its address unsubscribes', async () => {
    const email = newAddress('stale-link')
    await signUp(email)
    const token = confirmLinkIn(mailTo(email)[0]).searchParams.get('token')!
    const pending = (await subscriber(email))!
    await oneClick(unsubscribeToken(payload, pending.id))
    expect((await confirmJson(token)).status).toBe(410)
    expect((await subscriber(email))?.status).toBe('unsubscribed')
  })
})
