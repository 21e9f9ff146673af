// The admin's Duplicate (POST /api/<collection>/<id>/duplicate with a draft status, as its
// button sends it) makes a draft copy that saves at once: its address and unique name get the
// first free "copy", so a second copy of the same document works too. The copy is unreviewed
// (companionReview.test.ts).
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Category } from '@/payload-types'
import { rest } from '../helpers/api'
import { createCategory, createConcept, createUseCase } from '../helpers/fixtures'
import { featurable } from '../helpers/newsletterFixtures'
import { testPayload } from '../helpers/payload'
import { errorMessage, signedIn, type Staff } from '../helpers/review'

let payload: Payload
let category: Category
let editor: Staff
let reviewer: Staff

beforeAll(async () => {
  payload = await testPayload()
  category = await createCategory(payload)
  editor = await signedIn(payload, ['editor'])
  reviewer = await signedIn(payload, ['reviewer'])
})

type Copy = { slug: string; title?: string; name?: string; _status?: string }

async function duplicate(collection: string, id: number, asker: Staff): Promise<Copy> {
  const body = collection === 'categories' ? {} : { _status: 'draft' }
  const answer = await rest('POST', `${collection}/${id}/duplicate`, { body, token: asker.token })
  expect(answer.status, errorMessage(answer.json)).toBe(200)
  return answer.json.doc as Copy
}

describe('duplicating', () => {
  it('a concept gives a draft at a free address with a free title, twice over', async () => {
    const concept = await createConcept(payload, category)
    const first = await duplicate('concepts', concept.id, editor)
    expect(first).toMatchObject({ slug: `${concept.slug}-copy`, title: `${concept.title} (copy)`, _status: 'draft' })
    const second = await duplicate('concepts', concept.id, editor)
    expect(second).toMatchObject({ slug: `${concept.slug}-copy-2`, title: `${concept.title} (copy 2)` })
    expect((await rest('GET', `concepts/${concept.id}`)).json.slug, 'the original keeps its address').toBe(concept.slug)
  })

  it('a use case, a category and a newsletter issue gives each a free address', async () => {
    const useCase = await createUseCase(payload, (await createConcept(payload, category)).id)
    expect(await duplicate('use-cases', useCase.id, editor)).toMatchObject({ slug: `${useCase.slug}-copy` })

    expect(await duplicate('categories', category.id, reviewer)).toMatchObject({
      slug: `${category.slug}-copy`,
      name: `${category.name} (copy)`,
    })

    const { concept, useCase: featured } = await featurable(payload)
    const issue = await payload.create({
      collection: 'newsletter-issues',
      draft: true,
      data: { subject: 'Copied issue', intro: 'Hello.', concept: concept.id, useCase: featured.id },
    })
    expect(await duplicate('newsletter-issues', issue.id, editor)).toMatchObject({ slug: `${issue.slug}-copy` })
  })
})
