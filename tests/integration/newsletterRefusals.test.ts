// What the newsletter's endpoints refuse, and how: bots, malformed addresses, sign-ups from
// nowhere, oversized or foreign bodies, other sites' forms, and clients or addresses over
// their rate limits. Each refusal is clear to the reader and changes nothing.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { unsubscribeToken } from '@/newsletter/unsubscribeLinks'
import { LIMITS } from '@/security/rateLimits/limits'
import { hit } from '@/security/rateLimits/rateLimitStore'
import { POST as subscribeRoute } from '../../app/(site)/api/newsletter/subscribe/route'
import { POST as confirmRoute } from '../../app/(site)/api/newsletter/confirm/route'
import { POST as unsubscribePost } from '../../app/(site)/api/newsletter/unsubscribe/route'
import { databaseFingerprint } from '../helpers/databaseFingerprint'
import {
  FORM,
  answerOf,
  newAddress,
  newClient,
  post,
  signUpForm,
  signUpJson,
  unsubscribeAddress,
} from '../helpers/newsletterRequests'
import { testPayload } from '../helpers/payload'
import { smtpPeerForThisFile } from '../helpers/smtpPeer'
import { subscriber, subscriberIn } from '../helpers/subscribers'

const SITE = process.env.SITE_URL!

let payload: Payload
const peer = smtpPeerForThisFile()

beforeAll(async () => {
  payload = await testPayload()
})

describe('what is refused', () => {
  it('answers a filled-in honeypot as a sign-up, and stores and sends nothing', async () => {
    const email = newAddress('bot')
    const before = await databaseFingerprint()
    const caught = await answerOf(await signUpForm({ email, source: 'home', website: 'https://spam.example' }))
    expect(caught).toEqual({ status: 303, location: '/newsletter/signed-up', body: '' })
    expect(await subscriber(payload, email)).toBeUndefined()
    expect(peer().inbox(email)).toHaveLength(0)
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
    expect(peer().received.some((mail) => mail.to.includes(email))).toBe(false)
  })

  it('refuses a sign-up that names no form it could come from', async () => {
    const email = newAddress('no-source')
    expect((await signUpJson({ email })).status).toBe(400)
    expect((await signUpJson({ email, source: 'admin' })).status).toBe(400)
    expect(await subscriber(payload, email)).toBeUndefined()
  })

  it('refuses a 1 MB body with a 413 on every newsletter endpoint, and changes nothing', async () => {
    const confirmed = await subscriberIn(payload, 'confirmed')
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
    expect(await subscriber(payload, email)).toBeUndefined()
    expect((await subscriber(payload, confirmed.email))?.status).toBe('confirmed')
  })

  it('refuses a body that is neither a form nor JSON with a 415', async () => {
    const email = newAddress('xml')
    const response = await subscribeRoute(post('/api/newsletter/subscribe', `<email>${email}</email>`, 'text/xml'))
    expect(response.status).toBe(415)
    expect(await subscriber(payload, email)).toBeUndefined()
  })

  it('refuses a form posted from another site’s page, and takes one from the site’s own', async () => {
    const foreign = newAddress('foreign')
    const refused = await signUpForm({ email: foreign, source: 'home' }, { origin: 'https://attacker.example' })
    expect(refused.status).toBe(403)
    expect(await subscriber(payload, foreign)).toBeUndefined()
    expect(
      (await confirmRoute(post('/api/newsletter/confirm', 'token=x', FORM, { origin: 'https://attacker.example' })))
        .status,
    ).toBe(403)

    const own = newAddress('own')
    const accepted = await signUpForm({ email: own, source: 'home' }, { origin: new URL(SITE).origin })
    expect(accepted.status).toBe(303)
    expect(await subscriber(payload, own)).toBeDefined()
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
    expect(await subscriber(payload, email)).toBeUndefined()
    expect(peer().inbox(email)).toHaveLength(0)

    expect((await signUpJson({ email, source: 'home' })).status).toBe(202)
  })

  it('refuses an address asked for too often, from any client, alike whether or not it is on the list', async () => {
    const known = (await subscriberIn(payload, 'confirmed')).email
    const unknown = newAddress('busy-address')
    const answers = []
    for (const email of [known, unknown]) {
      await fill(`newsletterSignUpPerAddress:${email}`, LIMITS.newsletterSignUpPerAddress.max)
      answers.push(await answerOf(await signUpJson({ email, source: 'home' })))
    }
    expect(answers[0].status).toBe(429)
    expect(answers[1]).toEqual(answers[0])
    expect(await subscriber(payload, unknown)).toBeUndefined()
    expect(peer().inbox(known)).toHaveLength(0)
  })
})
