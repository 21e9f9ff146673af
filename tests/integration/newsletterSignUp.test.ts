// Signing up for the newsletter over HTTP, through the real route handlers, with its email
// going to a real SMTP server: the double opt-in, answers that never tell whether an address
// is on the list, one email per inbox, and what a reader is told when the email cannot go.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { hashConfirmToken } from '@/newsletter/subscribe/confirmToken'
import { unsubscribeLinks } from '@/newsletter/unsubscribeLinks'
import ConfirmPage from '../../app/(site)/newsletter/confirm/page'
import { databaseFingerprint } from '../helpers/databaseFingerprint'
import {
  NOT_FOUND,
  answerOf,
  confirmForm,
  confirmJson,
  confirmLinkIn,
  formTag,
  newAddress,
  renderPage,
  searchParams,
  signUp,
  signUpForm,
  signUpJson,
} from '../helpers/newsletterRequests'
import { testPayload } from '../helpers/payload'
import { smtpPeerForThisFile, startSmtpPeer } from '../helpers/smtpPeer'
import { letEmailWindowPass, subscriber, subscriberIn } from '../helpers/subscribers'

const SITE = process.env.SITE_URL!
const HOUR = 60 * 60 * 1000

let payload: Payload
const peer = smtpPeerForThisFile()

beforeAll(async () => {
  payload = await testPayload()
})

describe('signing up', () => {
  it('records a pending subscriber with its consent and sends one confirmation email, HTML and text, to that address only', async () => {
    const email = newAddress('new')
    const before = Date.now()
    const response = await signUpForm({ email: `  ${email.toUpperCase()} `, source: 'concept', website: '' })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/newsletter/signed-up')

    const stored = await subscriber(payload, email)
    expect(stored).toMatchObject({ status: 'pending', consentSource: 'concept', confirmedAt: null })
    expect(new Date(stored!.consentAt!).getTime()).toBeGreaterThanOrEqual(before - 1000)
    const expiresIn = new Date(stored!.confirmTokenExpiresAt!).getTime() - before
    expect(expiresIn).toBeGreaterThan(47.9 * HOUR)
    expect(expiresIn).toBeLessThan(48.1 * HOUR)

    const mails = peer().inbox(email)
    expect(mails).toHaveLength(1)
    const [mail] = mails
    expect(mail.subject).toBe('Confirm your Groundwork subscription')
    expect(mail.from?.value[0]).toMatchObject({ name: 'Groundwork', address: 'no-reply@groundwork.test' })
    expect(peer().to(email)[0].to).toEqual([email])
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
    const link = confirmLinkIn(peer().inbox(email)[0])
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
    expect((await subscriber(payload, email))?.status).toBe('pending')

    const confirmed = await confirmForm(token)
    expect(confirmed.status).toBe(303)
    expect(confirmed.headers.get('location')).toBe('/newsletter/subscribed')
    const stored = await subscriber(payload, email)
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
    const token = confirmLinkIn(peer().inbox(email)[0]).searchParams.get('token')!
    const confirmed = await confirmJson(token)
    expect(confirmed.status).toBe(200)
    expect(await subscriber(payload, email)).toMatchObject({ status: 'confirmed', consentSource: 'newsletter' })
  })

  it('refuses an expired link with a 410, and the page says so; nothing changes', async () => {
    const email = newAddress('expired')
    await signUp(email)
    const token = confirmLinkIn(peer().inbox(email)[0]).searchParams.get('token')!
    const pending = (await subscriber(payload, email))!
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
    expect((await subscriber(payload, email))?.status).toBe('pending')
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
    for (const state of states) addresses[state] = (await subscriberIn(payload, state)).email

    const formAnswers = new Set<string>()
    const jsonAnswers = new Set<string>()
    for (const email of Object.values(addresses)) {
      formAnswers.add(JSON.stringify(await answerOf(await signUp(email))))
      await letEmailWindowPass(payload, email)
      jsonAnswers.add(JSON.stringify(await answerOf(await signUpJson({ email, source: 'home' }))))
    }
    expect([...formAnswers]).toEqual([JSON.stringify({ status: 303, location: '/newsletter/signed-up', body: '' })])
    expect(jsonAnswers.size).toBe(1)
    expect(JSON.parse([...jsonAnswers][0]).status).toBe(202)

    // Each address not yet confirmed is pending again, with a link to confirm; the confirmed one is told it already is.
    for (const state of ['new', 'pending', 'unsubscribed', 'bounced'] as const) {
      const mails = peer().inbox(addresses[state])
      expect(
        mails.map((mail) => mail.subject),
        state,
      ).toEqual(['Confirm your Groundwork subscription', 'Confirm your Groundwork subscription'])
      expect((await subscriber(payload, addresses[state]))?.status, state).toBe('pending')
    }
    const notes = peer().inbox(addresses.confirmed)
    expect(notes.map((mail) => mail.subject)).toEqual([
      'You’re already subscribed to Groundwork',
      'You’re already subscribed to Groundwork',
    ])
    const confirmedSubscriber = (await subscriber(payload, addresses.confirmed))!
    expect(confirmedSubscriber.status).toBe('confirmed')
    expect(notes[0].text).not.toMatch(/newsletter\/confirm/)
    expect(notes[0].text).toContain(unsubscribeLinks(payload, confirmedSubscriber.id).page)
  })

  it('resends to a pending address at most once in ten minutes, answering alike; a resend replaces the old link', async () => {
    const email = newAddress('resend')
    await signUp(email)
    const firstToken = confirmLinkIn(peer().inbox(email)[0]).searchParams.get('token')!
    const firstHash = (await subscriber(payload, email))?.confirmTokenHash

    const again = await answerOf(await signUp(email))
    expect(again).toEqual({ status: 303, location: '/newsletter/signed-up', body: '' })
    expect(peer().inbox(email)).toHaveLength(1)
    expect((await subscriber(payload, email))?.confirmTokenHash).toBe(firstHash)

    await letEmailWindowPass(payload, email)
    await signUp(email)
    const mails = peer().inbox(email)
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
    const mails = spellings.map((email) => peer().inbox(email).length)
    expect(mails).toEqual([1, 0, 0, 1, 0, 0])
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
      process.env.SMTP_URL = peer().url
      await refusing.close()
    }
    expect((await signUpJson({ email, source: 'home' })).status).toBe(202)
    expect(peer().inbox(email)).toHaveLength(1)
  })
})
