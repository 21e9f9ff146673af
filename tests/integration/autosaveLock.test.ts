// Two people on one concept: the one typing (autosave) keeps the document locked, and the
// other's saves are refused instead of overwriting their work.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Concept } from '@/payload-types'
import { rest } from '../helpers/api'
import { createCategory } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { draftReadyConcept, errorMessage, signedIn, type Staff } from '../helpers/review'

let payload: Payload
let first: Staff
let second: Staff
let concept: Concept

const autosave = (who: Staff, summary: string) =>
  rest('PATCH', `concepts/${concept.id}?autosave=true&draft=true&depth=0`, {
    body: { summary, _status: 'draft' },
    token: who.token,
  })

async function draftSummary() {
  return (await payload.findByID({ collection: 'concepts', id: concept.id, draft: true, depth: 0 })).summary
}

beforeAll(async () => {
  payload = await testPayload()
  first = await signedIn(payload, ['reviewer'])
  second = await signedIn(payload, ['editor'])
  concept = await draftReadyConcept(payload, await createCategory(payload), second)
})

describe('a concept someone is typing in', () => {
  it('stays locked in their name after each autosave', async () => {
    expect((await autosave(first, 'Typed by the first person.')).status).toBe(200)
    expect((await autosave(first, 'Typed by the first person, and more.')).status).toBe(200)
    const locks = await payload.find({
      collection: 'payload-locked-documents',
      where: { 'document.value': { equals: concept.id } },
      depth: 0,
    })
    expect(locks.docs.map((lock) => lock.user.value)).toEqual([first.id])
  })

  it('refuses a second person’s autosave, and keeps the first person’s words', async () => {
    const response = await autosave(second, 'Typed by the second person.')
    expect(response.status).toBe(423)
    expect(errorMessage(response.json)).toMatch(/locked|editing/i)
    expect(await draftSummary()).toBe('Typed by the first person, and more.')
  })
})
