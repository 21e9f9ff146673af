// An uploaded image reaches readers only with the published text that shows it: before the
// concept, use case or FAQ is published, and after it is unpublished or no longer shows the
// image, the API, GraphQL and the file itself refuse anyone but staff. While published text
// shows it, nobody deletes it.
import type { MigrateUpArgs } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Category, Media } from '@/payload-types'
import * as shownImagesMigration from '@/migrations/20261202_110000_shown_images'
import { searchDb } from '@/search/searchDb'
import { rawRest, rest } from '../helpers/api'
import { createCategory, createConcept, createUseCase, unique } from '../helpers/fixtures'
import { editorDocument, text } from '../helpers/lexical'
import { refused, showing, shown, uploadImage, whatReadersGet } from '../helpers/images'
import { errorMessage, signedIn, type Staff } from '../helpers/review'
import { testPayload } from '../helpers/payload'

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

describe('an uploaded image', () => {
  it('is for staff alone until the concept that shows it is published, and again once it is unpublished', async () => {
    const image = await uploadImage(payload)
    expect(await whatReadersGet(image)).toEqual(refused)

    const concept = await createConcept(payload, category, { _status: 'draft', body: showing(image) })
    expect(await whatReadersGet(image)).toEqual(refused)
    expect((await rest('GET', `media/${image.id}`, { token: editor.token })).json.alt).toBe(image.alt)
    expect((await rawRest('GET', `media/file/${image.filename}`, { token: editor.token })).status).toBe(200)

    await payload.update({ collection: 'concepts', id: concept.id, data: { _status: 'published' } })
    expect(await whatReadersGet(image)).toEqual(shown(image))
    const page = await rest('GET', `concepts/${concept.id}?depth=1`)
    const [, imageNode] = (page.json.body as { root: { children: { value?: Media }[] } }).root.children
    expect(imageNode.value?.url).toBe(image.url)

    await payload.update({ collection: 'concepts', id: concept.id, data: { _status: 'draft' } })
    expect(await whatReadersGet(image)).toEqual(refused)
  })

  it('stays hidden when only a draft of a published concept shows it, and is hidden once a published edit drops it', async () => {
    const image = await uploadImage(payload)
    const concept = await createConcept(payload, category)
    await payload.update({ collection: 'concepts', id: concept.id, data: { body: showing(image) }, draft: true })
    expect(await whatReadersGet(image)).toEqual(refused)

    await payload.update({
      collection: 'concepts',
      id: concept.id,
      data: { body: showing(image), _status: 'published' },
    })
    expect(await whatReadersGet(image)).toEqual(shown(image))

    await payload.update({
      collection: 'concepts',
      id: concept.id,
      data: { body: editorDocument({ type: 'paragraph', version: 1, children: [text('No picture.')] }) },
    })
    expect(await whatReadersGet(image)).toEqual(refused)
  })

  it('is shown by a published FAQ answer or use case, and not by a draft one', async () => {
    const concept = await createConcept(payload, category)
    const [inFaq, inUseCase] = await Promise.all([uploadImage(payload), uploadImage(payload)])
    const faq = await payload.create({
      collection: 'faqs',
      data: { question: unique('Why?'), answer: showing(inFaq), concept: concept.id, order: 1, _status: 'draft' },
    })
    const useCase = await createUseCase(payload, concept.id, { body: showing(inUseCase), _status: 'draft' })
    expect(await whatReadersGet(inFaq)).toEqual(refused)
    expect(await whatReadersGet(inUseCase)).toEqual(refused)

    await payload.update({ collection: 'faqs', id: faq.id, data: { _status: 'published' } })
    await payload.update({ collection: 'use-cases', id: useCase.id, data: { _status: 'published' } })
    expect(await whatReadersGet(inFaq)).toEqual(shown(inFaq))
    expect(await whatReadersGet(inUseCase)).toEqual(shown(inUseCase))
  })

  it('stays shown while other published text shows it, and is hidden once the last one is deleted', async () => {
    const image = await uploadImage(payload)
    const concept = await createConcept(payload, category, { body: showing(image) })
    const faq = await payload.create({
      collection: 'faqs',
      data: { question: unique('Why?'), answer: showing(image), concept: concept.id, order: 1, _status: 'published' },
    })
    const useCase = await createUseCase(payload, concept.id, { body: showing(image) })

    await payload.delete({ collection: 'faqs', id: faq.id })
    await payload.update({ collection: 'concepts', id: concept.id, data: { _status: 'draft' } })
    expect(await whatReadersGet(image)).toEqual(shown(image))

    await payload.delete({ collection: 'use-cases', id: useCase.id })
    expect(await whatReadersGet(image)).toEqual(refused)
  })

  it('shown by text published before the table of shown images existed stays shown through the migration that adds it', async () => {
    const image = await uploadImage(payload)
    const title = unique('Migrated image concept')
    await createConcept(payload, category, { title, body: showing(image) })
    const db = searchDb(payload) as MigrateUpArgs['db']
    const args = { db, payload, req: {} } as MigrateUpArgs
    await shownImagesMigration.down(args)
    await shownImagesMigration.up(args)

    const refusedDelete = await rest('DELETE', `media/${image.id}`, { token: reviewer.token })
    expect(refusedDelete.status).toBe(409)
    expect(errorMessage(refusedDelete.json)).toContain(`the concept “${title}”`)
  })

  it('lists for readers only the images published text shows', async () => {
    const [published, unpublished] = await Promise.all([uploadImage(payload), uploadImage(payload)])
    await createConcept(payload, category, { body: showing(published) })
    const ids = ((await rest('GET', 'media?limit=100&depth=0')).json.docs as Media[]).map((doc) => doc.id)
    expect(ids).toContain(published.id)
    expect(ids).not.toContain(unpublished.id)
    const staffIds = ((await rest('GET', 'media?limit=100&depth=0', { token: editor.token })).json.docs as Media[]).map(
      (doc) => doc.id,
    )
    expect(staffIds).toEqual(expect.arrayContaining([published.id, unpublished.id]))
  })
})

describe('deleting an image', () => {
  it('is refused while published text shows it, naming where, and leaves it on the pages', async () => {
    const image = await uploadImage(payload)
    const titles = ['Alpha', 'Beta', 'Gamma', 'Delta'].map((name) => unique(`${name} image concept`))
    const concepts = await Promise.all(
      titles.map((title) => createConcept(payload, category, { title, body: showing(image) })),
    )
    const faq = await payload.create({
      collection: 'faqs',
      data: {
        question: unique('Why this chart?'),
        answer: showing(image),
        concept: concepts[0].id,
        order: 1,
        _status: 'published',
      },
    })

    const [first, second, third] = [...titles].sort()
    const refusedDelete = await rest('DELETE', `media/${image.id}`, { token: reviewer.token })
    expect(refusedDelete.status).toBe(409)
    expect(errorMessage(refusedDelete.json)).toBe(
      `This image is on live pages, in the concept “${first}”, the concept “${second}”, the concept “${third}” and 2 others: take it out of their text and publish that first.`,
    )
    expect(await whatReadersGet(image)).toEqual(shown(image))

    for (const concept of concepts) {
      await payload.update({ collection: 'concepts', id: concept.id, data: { _status: 'draft' } })
    }
    await payload.update({ collection: 'faqs', id: faq.id, data: { _status: 'draft' } })
    expect((await rest('DELETE', `media/${image.id}`, { token: reviewer.token })).status).toBe(200)
    expect((await rest('GET', `media/${image.id}`, { token: reviewer.token })).status).toBe(404)
  })
})
