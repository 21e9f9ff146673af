// A category's accent colours it on every public page: only publishers set it, and only to
// one of the site's accents.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Category } from '@/payload-types'
import { graphqlQuery, rest } from '../helpers/api'
import { createCategory } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { signedIn, type Staff } from '../helpers/review'

let payload: Payload
let editor: Staff
let reviewer: Staff
let category: Category

const liveAccent = async () => (await rest('GET', `categories/${category.id}`)).json.accent

beforeAll(async () => {
  payload = await testPayload()
  editor = await signedIn(payload, ['editor'])
  reviewer = await signedIn(payload, ['reviewer'])
  category = await createCategory(payload)
})

describe('a category’s accent', () => {
  it('is the default when none is given', async () => {
    const response = await rest('POST', 'categories', {
      body: { name: `Accentless ${Date.now()}` },
      token: reviewer.token,
    })
    expect(response.status).toBe(201)
    expect((response.json.doc as Category).accent).toBe('teal')
  })

  it('is changed by a reviewer, and refused to an editor over REST and GraphQL', async () => {
    expect(
      (await rest('PATCH', `categories/${category.id}`, { body: { accent: 'rose' }, token: reviewer.token })).status,
    ).toBe(200)
    expect(
      (await rest('PATCH', `categories/${category.id}`, { body: { accent: 'violet' }, token: editor.token })).status,
    ).toBe(403)
    await graphqlQuery(
      `mutation { updateCategory(id: ${category.id}, data: { accent: violet }) { accent } }`,
      editor.token,
    )
    expect(await liveAccent()).toBe('rose')
  })

  it('refuses a colour that is not one of the accents, or not text, with a 400', async () => {
    for (const accent of ['purple', '', 7, null, ['teal']]) {
      const response = await rest('PATCH', `categories/${category.id}`, { body: { accent }, token: reviewer.token })
      expect(response.status, JSON.stringify(accent)).toBe(400)
    }
    expect(await liveAccent()).toBe('rose')
  })
})
