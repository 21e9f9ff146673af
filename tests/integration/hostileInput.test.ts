// Requests an attacker or a broken client sends: each gets a 4xx that says what is wrong,
// never a 500, and the database is exactly as it was afterwards.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Category, Concept } from '@/payload-types'
import { POST } from '../../app/(payload)/api/[...slug]/route'
import { rawGraphql, rawRest } from '../helpers/api'
import { databaseFingerprint } from '../helpers/databaseFingerprint'
import { editorDocument as document, heading, nestedParagraphs as nested, paragraphWithLink } from '../helpers/lexical'
import { createCategory, createConcept } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { signedIn, type Staff } from '../helpers/review'

let payload: Payload
let category: Category
let concept: Concept
let editor: Staff
let admin: Staff

const JSON_TYPE = 'application/json'
const json = (value: unknown) => JSON.stringify(value)
beforeAll(async () => {
  payload = await testPayload()
  category = await createCategory(payload)
  concept = await createConcept(payload, category)
  editor = await signedIn(payload, ['editor'])
  admin = await signedIn(payload, ['admin'])
})

type ErrorBody = { errors?: { message: string; data?: { errors?: { message: string }[] } }[] }

/** Every message of an error answer, the per-field ones included. */
function messagesOf(body: string): string {
  const { errors = [] } = JSON.parse(body) as ErrorBody
  return errors
    .flatMap((error) => [error.message, ...(error.data?.errors ?? []).map((field) => field.message)])
    .join(' ')
}

async function expectRefused(
  request: () => Promise<{ status: number; text: string }>,
  status: number,
  message: RegExp,
) {
  const before = await databaseFingerprint()
  const response = await request()
  expect(response.status, response.text).toBe(status)
  expect(messagesOf(response.text)).toMatch(message)
  expect(response.text).not.toMatch(/\bat \w+ \(|Failed query|stack/i)
  expect(await databaseFingerprint()).toBe(before)
}

describe('an address that names no document', () => {
  it.each([
    ['a word as an id', 'concepts/abc', /no concept with the id "abc"/],
    ['a fraction as an id', 'concepts/1.5', /no concept with the id "1.5"/],
    ['an id past the database range', 'concepts/99999999999999', /no concept with the id/],
    ['an endpoint Payload does not have', 'concepts/distinct', /no concept with the id "distinct"/],
    ['the versions of a collection without versions', 'categories/versions', /keeps no versions/],
    ['a version id that is not a number', 'concepts/versions/abc', /no concept with the id "abc"/],
  ])('%s is a 404', async (_, path, message) => {
    await expectRefused(() => rawRest('GET', path, { token: editor.token }), 404, message)
  })

  it('a malformed percent-encoding is a 400', async () => {
    await expectRefused(() => rawRest('GET', 'concepts/%E0%A4%A'), 400, /malformed percent-encoding/)
  })

  it('an update of a document id that is not a number is a 404 and changes nothing', async () => {
    const patch = () =>
      rawRest('PATCH', 'concepts/abc', { body: json({ title: 'x' }), contentType: JSON_TYPE, token: admin.token })
    await expectRefused(patch, 404, /no concept with the id "abc"/)
  })
})

describe('a query Payload cannot run', () => {
  it.each([
    ['a page below 1', 'concepts?page=-1', /"page" must be a whole number of 1 or more/],
    ['a limit that is not a number', 'concepts?limit=abc', /"limit" must be a whole number/],
    ['a negative limit', 'concepts?limit=-5', /"limit" must be a whole number of 0 or more/],
    ['a where that is not an object', 'concepts?where=notanobject', /"where" must be an object/],
    ['an id list with a word in it', 'concepts?where[id][in]=1,2,abc', /wrong type/],
    ['a category that is not an id', 'concepts?where[category][equals]=abc', /wrong type/],
    ['a map operator on text', 'concepts?where[slug][near]=1,2', /"near" works on map points only/],
    ['an operator that does not exist', 'concepts?where[slug][resembles]=x', /"resembles" is not a query operator/],
    ['an "or" that is not a list', 'concepts?where[or]=x', /"or" must hold a list/],
  ])('%s is a 400', async (_, path, message) => {
    await expectRefused(() => rawRest('GET', path, { token: editor.token }), 400, message)
  })
})

describe('a body that is not what it claims', () => {
  const post = (body: BodyInit, contentType?: string) => () =>
    rawRest('POST', 'concepts?draft=true', { body, contentType, token: editor.token })

  it.each([
    ['JSON null', 'null', /must be a JSON object/],
    ['a bare JSON string', '"hello"', /must be a JSON object/],
    ['a JSON array', '[1, 2]', /must be a JSON object/],
    ['broken JSON', '{"title":', /not valid JSON/],
    ['JSON nested 100,000 levels deep', '['.repeat(100_000) + ']'.repeat(100_000), /nests deeper than 100 levels/],
  ])('%s is a 400', async (_, body, message) => {
    await expectRefused(post(body, JSON_TYPE), 400, message)
  })

  it.each([
    ['text/plain', 'title=x'],
    ['application/x-www-form-urlencoded', 'title=x'],
    ['application/xml', '<concept><title>x</title></concept>'],
  ])('%s is a 415 naming what is accepted', async (contentType, body) => {
    await expectRefused(post(body, contentType), 415, /must be JSON \(application\/json\) or multipart\/form-data/)
  })

  it('a multipart form whose _payload is not JSON is a 400', async () => {
    const form = new FormData()
    form.append('_payload', '{not json')
    await expectRefused(post(form), 400, /"_payload" is not valid JSON/)
  })

  it('malformed GraphQL JSON and a GraphQL body that is not an object are 400s', async () => {
    await expectRefused(() => rawGraphql('{"query":', editor.token), 400, /not valid JSON/)
    await expectRefused(() => rawGraphql('null', editor.token), 400, /must be a JSON object/)
  })
})

describe('a draft with values of the wrong type or an absurd size', () => {
  const saveDraft = (collection: string, data: Record<string, unknown>) => () =>
    rawRest('POST', `${collection}?draft=true`, { body: json(data), contentType: JSON_TYPE, token: editor.token })

  it.each([
    ['a number as a title', { title: 5 }, /Title.*must be text/],
    ['an object as a title', { title: { text: 'x' } }, /must be text/],
    ['a list as a title', { title: ['x'] }, /must be text/],
    ['a null character in a title', { title: 'Null\u0000byte' }, /null characters/],
    ['a 1 MB title', { title: 'x'.repeat(1_000_000) }, /Title/],
    ['a 1 MB summary', { title: 'Big summary', summary: 'y'.repeat(1_000_000) }, /Summary/],
    ['a 5,000-character slug', { title: 'Long slug', slug: 'a'.repeat(5000) }, /Slug/],
    ['a path as a slug', { title: 'Path slug', slug: '../../etc/passwd' }, /Slug/],
    ['key traits that are not a list', { title: 'Odd traits', keyTraits: 'nope' }, /Key traits/],
    ['a category that is not an id', { title: 'Odd category', category: 'abc' }, /Category/],
    ['a category that does not exist', { title: 'Lost category', category: 2_000_000_000 }, /does not exist|Category/],
    ['a difficulty that is not a level', { title: 'Odd level', difficulty: 'expert' }, /Difficulty/],
  ])('a concept with %s is a 400', async (_, data, message) => {
    await expectRefused(saveDraft('concepts', data), 400, message)
  })

  it('an FAQ without a question, or with a number as its answer, is a 400', async () => {
    await expectRefused(saveDraft('faqs', { answer: 5 }), 400, /Question/)
  })

  it('a use case with an absurd title or a year that is not a number is a 400', async () => {
    await expectRefused(saveDraft('use-cases', { title: 'x'.repeat(100_000) }), 400, /Title/)
    await expectRefused(saveDraft('use-cases', { title: 'Odd year', year: 'soon' }), 400, /must be a number/)
  })

  it('a status other than draft or published is a 400', async () => {
    const save = () =>
      rawRest('POST', 'concepts', {
        body: json({ title: 'Odd status', _status: 'bogus' }),
        contentType: JSON_TYPE,
        token: admin.token,
      })
    await expectRefused(save, 400, /status must be "draft" or "published"/)
  })

  it('a forged creation date is ignored: the server sets it', async () => {
    const response = await rawRest('POST', 'concepts?draft=true', {
      body: json({ title: `Forged date ${Date.now()}`, createdAt: '2001-01-01T00:00:00.000Z' }),
      contentType: JSON_TYPE,
      token: editor.token,
    })
    expect(response.status).toBe(201)
    const { doc } = JSON.parse(response.text) as { doc: Concept }
    expect(new Date(doc.createdAt).getFullYear()).toBeGreaterThanOrEqual(2026)
  })
})

describe('rich text in a draft', () => {
  const saveBody = (body: unknown) => () =>
    rawRest('PATCH', `concepts/${concept.id}?draft=true`, {
      body: json({ body }),
      contentType: JSON_TYPE,
      token: editor.token,
    })

  it.each(['img', 'iframe', 'plaintext', 'h7abc'])('a heading tagged %s is a 400', async (tag) => {
    await expectRefused(saveBody(document(heading(tag))), 400, /heading must be a level from h1 to h6/)
  })

  it.each(['data:text/html,<script>alert(1)</script>', 'javascript:alert(1)', '//elsewhere.example/page'])(
    'a link to %s is a 400',
    async (url) => {
      await expectRefused(
        saveBody(document(paragraphWithLink(url))),
        400,
        /link must go to an http\(s\) or mailto address/,
      )
    },
  )

  it('nested 2,000 levels deep is a 400 through REST, and past 32 levels through the Local API too', async () => {
    await expectRefused(saveBody(nested(2000)), 400, /nests deeper than 100 levels/)
    await expect(
      payload.update({
        collection: 'concepts',
        id: concept.id,
        data: { body: nested(40) as Concept['body'] },
        draft: true,
      }),
    ).rejects.toThrow(/Body/)
  })

  it('keeps headings h1 to h6 and links to web, mail and site addresses', async () => {
    const body = document(
      heading('h2'),
      paragraphWithLink('https://example.com/paper'),
      paragraphWithLink('mailto:editors@example.com'),
      paragraphWithLink('/concepts/attention'),
    )
    expect((await saveBody(body)()).status).toBe(200)
  })
})

describe('a read the admin sends as a form-encoded POST (X-Payload-HTTP-Method-Override: GET)', () => {
  const overriddenRead = (query: string) => {
    const request = new Request('http://localhost/api/categories', {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-payload-http-method-override': 'GET',
        authorization: `JWT ${editor.token}`,
      },
      body: query,
    })
    return POST(request, { params: Promise.resolve({ slug: ['categories'] }) })
  }

  it('is answered like the GET it stands for (a relationship field’s options)', async () => {
    const response = await overriddenRead('depth=0&draft=true&limit=10&page=1&select[name]=true&sort=order')
    expect(response.status).toBe(200)
    expect(((await response.json()) as { docs: unknown[] }).docs.length).toBeGreaterThan(0)
  })

  it('has its query checked as that GET’s would be', async () => {
    const response = await overriddenRead('page=-1')
    expect(response.status).toBe(400)
    expect(messagesOf(await response.text())).toMatch(/"page" must be a whole number/)
  })
})
