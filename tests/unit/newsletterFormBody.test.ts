// The newsletter's forms read at most 4 KB of a body, and a larger one is refused unparsed.
import { describe, expect, it } from 'vitest'
import { MAX_FORM_BYTES, readFormBody } from '@/newsletter/subscribe/formBody'

const post = (body: BodyInit, headers: Record<string, string>) =>
  new Request('http://site.test/api/newsletter/subscribe', {
    method: 'POST',
    headers,
    body,
    duplex: 'half',
  } as RequestInit)

describe('a newsletter form body', () => {
  it('reads a form post and a JSON object as their text fields', async () => {
    expect(
      await readFormBody(
        post('email=a%40example.com&source=home', { 'content-type': 'application/x-www-form-urlencoded' }),
      ),
    ).toEqual({ kind: 'form', fields: { email: 'a@example.com', source: 'home' } })
    expect(
      await readFormBody(
        post(JSON.stringify({ email: 'a@example.com', source: 7 }), { 'content-type': 'application/json' }),
      ),
    ).toEqual({ kind: 'json', fields: { email: 'a@example.com' } })
  })

  it('refuses JSON that is not an object with a 400', async () => {
    for (const body of ['"a@example.com"', '[1]', 'null', '{"email":']) {
      expect(await readFormBody(post(body, { 'content-type': 'application/json' }))).toMatchObject({ status: 400 })
    }
  })

  it('hands back any other body without its fields (a multipart one-click unsubscribe, say)', async () => {
    const form = new FormData()
    form.append('List-Unsubscribe', 'One-Click')
    expect(await readFormBody(post(form, {}))).toEqual({ kind: 'other', fields: {} })
  })

  it('refuses a body that says it is larger than 4 KB without reading it', async () => {
    const request = post('email=a%40example.com', {
      'content-type': 'application/x-www-form-urlencoded',
      'content-length': String(MAX_FORM_BYTES + 1),
    })
    expect(await readFormBody(request)).toMatchObject({ status: 413 })
    expect(request.bodyUsed).toBe(false)
  })

  it('stops reading a 1 MB body that gave no length once it passes 4 KB, and refuses it', async () => {
    let pulled = 0
    const chunk = new TextEncoder().encode('a'.repeat(1024))
    const megabyte = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1
        if (pulled > 1024) controller.close()
        else controller.enqueue(chunk)
      },
    })
    expect(await readFormBody(post(megabyte, { 'content-type': 'application/x-www-form-urlencoded' }))).toMatchObject({
      status: 413,
    })
    expect(pulled).toBeLessThan(10)
  })

  it(`takes a body of exactly ${MAX_FORM_BYTES} bytes`, async () => {
    const body = `email=${'a'.repeat(MAX_FORM_BYTES - 'email='.length)}`
    expect(await readFormBody(post(body, { 'content-type': 'application/x-www-form-urlencoded' }))).toMatchObject({
      kind: 'form',
    })
  })
})
