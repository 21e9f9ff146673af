// A signed-in editor's browser visiting another site must not write for them: a request that
// carries the session cookie from a foreign origin is treated as signed out.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Concept } from '@/payload-types'
import { POST } from '../../app/(payload)/api/[...slug]/route'
import { databaseFingerprint } from '../helpers/databaseFingerprint'
import { createCategory } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { signedIn, type Staff } from '../helpers/review'

let payload: Payload
let editor: Staff
const SITE = process.env.SITE_URL!
const FOREIGN = 'https://attacker.example'

beforeAll(async () => {
  payload = await testPayload()
  await createCategory(payload)
  editor = await signedIn(payload, ['editor'])
})

/** A draft concept posted the way a browser posts a form: the session cookie, an Origin, multipart. */
async function formPost(origin: string, title: string) {
  const form = new FormData()
  form.append('_payload', JSON.stringify({ title }))
  const request = new Request('http://localhost/api/concepts?draft=true', {
    method: 'POST',
    headers: { cookie: `payload-token=${editor.token}`, origin },
    body: form,
  })
  return POST(request, { params: Promise.resolve({ slug: ['concepts'] }) })
}

const conceptsTitled = async (title: string) =>
  (await payload.find({ collection: 'concepts', draft: true, where: { title: { equals: title } } })).docs as Concept[]

describe('a cookie-carrying form post', () => {
  it('from the site itself is the signed-in editor’s', async () => {
    const title = `Same-site draft ${Date.now()}`
    const response = await formPost(new URL(SITE).origin, title)
    expect(response.status).toBe(201)
    expect(await conceptsTitled(title)).toHaveLength(1)
  })

  it('from another origin is refused as signed out, and nothing is written', async () => {
    const before = await databaseFingerprint()
    const title = `Cross-site draft ${Date.now()}`
    const response = await formPost(FOREIGN, title)
    expect(response.status).toBe(403)
    expect(await conceptsTitled(title)).toHaveLength(0)
    expect(await databaseFingerprint()).toBe(before)
  })

  it('answers CORS only for the site’s own origin', async () => {
    const preflight = (origin: string) =>
      POST(new Request('http://localhost/api/concepts', { method: 'POST', headers: { origin } }), {
        params: Promise.resolve({ slug: ['concepts'] }),
      })
    expect((await preflight(new URL(SITE).origin)).headers.get('access-control-allow-origin')).toBe(
      new URL(SITE).origin,
    )
    expect((await preflight(FOREIGN)).headers.get('access-control-allow-origin')).toBeNull()
  })
})
