// A concept's name in a sentence ("a foundation model") shapes its public headings, so it is
// content like any other: reviewed before it goes live, and refused when it is malformed.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Concept } from '@/payload-types'
import { graphqlQuery, rest } from '../helpers/api'
import { createCategory } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { draftReadyConcept, errorMessage, reviewAction, signedIn, type Staff } from '../helpers/review'

let payload: Payload
let editor: Staff
let reviewer: Staff
let concept: Concept

const liveWording = async () => (await rest('GET', `concepts/${concept.id}`)).json.nameInSentence

const saveDraft = (body: Record<string, unknown>, query = 'draft=true') =>
  rest('PATCH', `concepts/${concept.id}?${query}`, { body, token: editor.token })

beforeAll(async () => {
  payload = await testPayload()
  editor = await signedIn(payload, ['editor'])
  reviewer = await signedIn(payload, ['reviewer'])
  concept = await draftReadyConcept(payload, await createCategory(payload), editor)
  await saveDraft({ nameInSentence: 'a reviewed wording' })
  await reviewAction('concepts', concept.id, editor.token, 'submit')
  await reviewAction('concepts', concept.id, reviewer.token, 'approve')
  const publish = await rest('PATCH', `concepts/${concept.id}`, {
    body: { _status: 'published' },
    token: reviewer.token,
  })
  if (publish.status !== 200) throw new Error(`Could not publish: ${JSON.stringify(publish.json)}`)
})

describe('a concept’s name in a sentence', () => {
  it('goes live with its review, for REST and GraphQL readers alike', async () => {
    expect(await liveWording()).toBe('a reviewed wording')
    const { json } = await graphqlQuery(`{ Concept(id: ${concept.id}) { nameInSentence } }`)
    expect(json.data?.Concept).toEqual({ nameInSentence: 'a reviewed wording' })
  })

  it('changed after approval voids the approval, and the change stays off the live page', async () => {
    await reviewAction('concepts', concept.id, editor.token, 'submit')
    await reviewAction('concepts', concept.id, reviewer.token, 'approve')
    expect((await saveDraft({ nameInSentence: 'an unreviewed wording' })).status).toBe(200)
    const publish = await rest('PATCH', `concepts/${concept.id}`, {
      body: { _status: 'published' },
      token: reviewer.token,
    })
    expect(publish.status).toBe(403)
    expect(errorMessage(publish.json)).toMatch(/Only approved work can be published/)
    expect(await liveWording()).toBe('a reviewed wording')
  })

  it('changed by autosave after approval voids the approval too', async () => {
    await reviewAction('concepts', concept.id, editor.token, 'submit')
    await reviewAction('concepts', concept.id, reviewer.token, 'approve')
    expect((await saveDraft({ nameInSentence: 'an autosaved wording' }, 'draft=true&autosave=true')).status).toBe(200)
    const draft = await payload.findByID({ collection: 'concepts', id: concept.id, draft: true, depth: 0 })
    expect(draft.review?.state).toBe('draft')
    expect(await liveWording()).toBe('a reviewed wording')
  })

  it('cannot be published by an editor in the same request that changes it', async () => {
    const response = await rest('PATCH', `concepts/${concept.id}`, {
      body: { nameInSentence: 'a sneaked-in wording', _status: 'published' },
      token: editor.token,
    })
    expect(response.status).toBe(403)
    expect(await liveWording()).toBe('a reviewed wording')
  })

  it('refuses wording that is too long or not text, with a 400 that names the field', async () => {
    for (const nameInSentence of ['x'.repeat(161), 42, { text: 'a foundation model' }, ['a', 'b']]) {
      const response = await saveDraft({ nameInSentence })
      expect(response.status, JSON.stringify(nameInSentence).slice(0, 40)).toBe(400)
      // The field as the form labels it.
      expect(JSON.stringify(response.json)).toMatch(/Name in sentence/)
    }
    const draft = await payload.findByID({ collection: 'concepts', id: concept.id, draft: true, depth: 0 })
    expect(draft.nameInSentence).toBe('an autosaved wording')
    expect(await liveWording()).toBe('a reviewed wording')
  })
})
