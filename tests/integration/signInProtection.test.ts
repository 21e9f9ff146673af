// Sign-in and password forms: database-backed rate limits with a 429 and Retry-After, the
// same answer whether or not an account exists, and the same password-hashing work too.
import crypto from 'node:crypto'
import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { LIMITS } from '@/security/rateLimits/limits'
import { hit } from '@/security/rateLimits/rateLimitStore'
import { POST } from '../../app/(payload)/api/[...slug]/route'
import { POST as graphql } from '../../app/(payload)/api/graphql/route'
import { rest } from '../helpers/api'
import { createUser, testPayload } from '../helpers/payload'
import { startSmtpPeer } from '../helpers/smtpPeer'
import { signedIn } from '../helpers/review'

let payload: Payload
let email: string
const PASSWORD = 'correct horse battery staple'
let clientCounter = 0
const newClient = () => `203.0.113.${++clientCounter}`

beforeAll(async () => {
  payload = await testPayload()
  email = (await createUser(payload, ['editor'])).email
})

afterEach(() => vi.restoreAllMocks())

function post(path: string, body: unknown, client: string) {
  const request = new Request(`http://localhost/api/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
    body: JSON.stringify(body),
  })
  return POST(request, { params: Promise.resolve({ slug: path.split('/') }) })
}
const signIn = (address: string, password: string, client = newClient()) =>
  post('users/login', { email: address, password }, client)

async function fillWindow(bucket: string, max: number) {
  for (let count = 0; count < max; count++) await hit(payload, bucket, { max, seconds: 600 })
}

describe('signing in', () => {
  const fromClient = (address: string, client: string) =>
    `signInPerAccountFromClient:${address.toLowerCase()} from ${client}`

  it('counts failed attempts against the account from that client, and the client; a success clears the first and is not counted', async () => {
    const address = (await createUser(payload, ['editor'])).email
    const client = newClient()
    expect((await signIn(address, 'wrong password', client)).status).toBe(401)
    expect((await signIn(address, PASSWORD, client)).status).toBe(200)
    expect((await hit(payload, fromClient(address, client), LIMITS.signInPerAccountFromClient)).hits).toBe(1)
    expect((await hit(payload, `signInPerClient:${client}`, LIMITS.signInPerClient)).hits).toBe(2)
  })

  it('refuses a client over its limit on an account with a 429 and Retry-After, even with the right password', async () => {
    const client = newClient()
    await fillWindow(fromClient(email, client), LIMITS.signInPerAccountFromClient.max)
    const response = await signIn(email, PASSWORD, client)
    expect(response.status).toBe(429)
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
    const body = (await response.json()) as { errors: { message: string }[] }
    expect(body.errors[0].message).toMatch(/Too many sign-in attempts\. Try again in \d+ minutes?\./)
  })

  it('keeps nobody else out: after one client’s wrong passwords, the owner signs in from their own', async () => {
    const address = (await createUser(payload, ['editor'])).email
    const attacker = newClient()
    for (let attempt = 0; attempt < LIMITS.signInPerAccountFromClient.max; attempt++) {
      expect((await signIn(address, `guess ${attempt}`, attacker)).status).toBe(401)
    }
    expect((await signIn(address, PASSWORD, attacker)).status).toBe(429)
    expect((await signIn(address, PASSWORD, newClient())).status).toBe(200)
  })

  it('locks an account for everyone only after 100 wrong passwords, from however many clients', async () => {
    const account = await createUser(payload, ['editor'])
    const failedSoFar = async (count: number) =>
      payload.db.updateOne({ collection: 'users', id: account.id, data: { loginAttempts: count } })
    await failedSoFar(98)
    expect((await signIn(account.email, 'guess', newClient())).status).toBe(401)
    expect((await signIn(account.email, PASSWORD, newClient())).status).toBe(200)
    await failedSoFar(99)
    expect((await signIn(account.email, 'guess', newClient())).status).toBe(401)
    expect((await signIn(account.email, PASSWORD, newClient())).status).toBe(401)
  })

  it('refuses a client over its limit through GraphQL too, with a 429 and Retry-After', async () => {
    const address = (await createUser(payload, ['editor'])).email
    const client = newClient()
    await fillWindow(fromClient(address, client), LIMITS.signInPerAccountFromClient.max)
    const request = new Request('http://localhost/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
      body: JSON.stringify({ query: `mutation { loginUser(email: "${address}", password: "${PASSWORD}") { token } }` }),
    })
    const response = await graphql(request)
    expect(response.status).toBe(429)
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(((await response.json()) as { data: { loginUser: unknown } }).data.loginUser).toBeNull()
  })

  it('answers an unknown address over the limit exactly as a real one', async () => {
    const unknown = `nobody-${Date.now()}@example.test`
    const known = (await createUser(payload, ['editor'])).email
    const client = newClient()
    for (const address of [unknown, known]) {
      await fillWindow(fromClient(address, client), LIMITS.signInPerAccountFromClient.max)
    }
    const [forUnknown, forKnown] = await Promise.all([signIn(unknown, 'guess', client), signIn(known, 'guess', client)])
    expect(forUnknown.status).toBe(429)
    expect(forKnown.status).toBe(429)
    expect(await forUnknown.text()).toBe(await forKnown.text())
  })

  it('refuses a client over its limit, whichever address it tries', async () => {
    const client = newClient()
    await fillWindow(`signInPerClient:${client}`, LIMITS.signInPerClient.max)
    expect((await signIn(`someone-${Date.now()}@example.test`, 'guess', client)).status).toBe(429)
    expect((await signIn(`someone-${Date.now()}@example.test`, 'guess', newClient())).status).toBe(401)
  })

  it('hashes a password for an unknown address as for a real one, so timing tells them apart no more', async () => {
    const realAddress = (await createUser(payload, ['editor'])).email
    const pbkdf2 = vi.spyOn(crypto, 'pbkdf2')
    await signIn(`nobody-${Date.now()}@example.test`, 'guess')
    const unknownAddressWork = pbkdf2.mock.calls.map(([, , iterations, keyLength, digest]) => [
      iterations,
      keyLength,
      digest,
    ])
    pbkdf2.mockClear()
    await signIn(realAddress, 'wrong password')
    const realAccountWork = pbkdf2.mock.calls.map(([, , iterations, keyLength, digest]) => [
      iterations,
      keyLength,
      digest,
    ])
    expect(realAccountWork).toHaveLength(1)
    expect(unknownAddressWork).toEqual(realAccountWork)
  })

  it('answers a locked account as it answers an unknown address: same message, same hashing', async () => {
    const locked = await createUser(payload, ['editor'])
    await payload.db.updateOne({
      collection: 'users',
      id: locked.id,
      data: { lockUntil: new Date(Date.now() + 60_000).toISOString() },
    })
    const pbkdf2 = vi.spyOn(crypto, 'pbkdf2')
    const forLocked = await signIn(locked.email, PASSWORD)
    const forUnknown = await signIn(`nobody-${Date.now()}@example.test`, PASSWORD)
    expect(forLocked.status).toBe(401)
    expect(await forLocked.text()).toBe(await forUnknown.text())
    expect(pbkdf2).toHaveBeenCalledTimes(2)
  })
})

describe('asking for a password reset email', () => {
  it('answers before the email goes out, alike for a staff address and an unknown one', async () => {
    const peer = await startSmtpPeer({ delayMs: 1500 })
    const smtpUrlBefore = process.env.SMTP_URL
    process.env.SMTP_URL = peer.url
    try {
      const staff = (await createUser(payload, ['editor'])).email
      const answers = []
      for (const address of [staff, `nobody-${Date.now()}@example.test`]) {
        const response = await post('users/forgot-password', { email: address }, newClient())
        answers.push({ status: response.status, body: await response.text() })
      }
      expect(peer.to(staff), 'nothing sent yet when the answer came').toHaveLength(0)
      expect(answers[1]).toEqual(answers[0])
      expect(answers[0].status).toBe(200)
      await expect.poll(() => peer.to(staff).length, { timeout: 10_000 }).toBe(1)
    } finally {
      if (smtpUrlBefore === undefined) delete process.env.SMTP_URL
      else process.env.SMTP_URL = smtpUrlBefore
      await peer.close()
    }
  })

  it('is refused through GraphQL, whose answer would wait for the email, with a pointer to the REST form', async () => {
    const request = new Request('http://localhost/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': newClient() },
      body: JSON.stringify({ query: `mutation { forgotPasswordUser(email: "${email}") }` }),
    })
    const body = JSON.stringify(await (await graphql(request)).json())
    expect(body).toContain('Ask for a password reset email with POST /api/users/forgot-password.')
  })

  it('is limited per client with a 429 and Retry-After, for known and unknown addresses alike', async () => {
    const client = newClient()
    for (let count = 0; count < LIMITS.passwordEmailPerClient.max; count++) {
      expect((await post('users/forgot-password', { email: `nobody-${count}@example.test` }, client)).status).toBe(200)
    }
    const refused = await post('users/forgot-password', { email }, client)
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/)
  })
})

describe('a long email address', () => {
  const addressOf = (length: number) => {
    const domain = `${'d'.repeat(60)}.example.com`
    return `${'a'.repeat(64)}@${'b'.repeat(length - 64 - 1 - domain.length - 1)}.${domain}`
  }

  it('of 254 characters, the most there is, signs in and resets from an IPv6 client, and counts failures', async () => {
    const email = addressOf(254)
    expect(email).toHaveLength(254)
    await payload.create({ collection: 'users', data: { name: 'Long', email, password: PASSWORD, roles: ['editor'] } })
    const client = '2001:db8:ffff:ffff:ffff:ffff:ffff:ffff'
    expect((await signIn(email, 'wrong password', client)).status).toBe(401)
    expect((await signIn(email, PASSWORD, client)).status).toBe(200)
    expect((await post('users/forgot-password', { email }, client)).status).toBe(200)
    for (let attempt = 0; attempt < LIMITS.signInPerAccountFromClient.max; attempt++)
      await signIn(email, 'guess', client)
    expect((await signIn(email, PASSWORD, client)).status).toBe(429)
  })

  it('of 255 characters is refused for a staff account with a clear message, and no account is made', async () => {
    const email = addressOf(255)
    const admin = await signedIn(payload, ['admin'])
    const made = await rest('POST', 'users', {
      body: { name: 'Longer', email, password: PASSWORD, roles: ['editor'] },
      token: admin.token,
    })
    expect(made.status).toBe(400)
    expect(JSON.stringify(made.json)).toContain('An email address has at most 254 characters.')
    expect((await payload.count({ collection: 'users', where: { email: { equals: email } } })).totalDocs).toBe(0)
  })
})
