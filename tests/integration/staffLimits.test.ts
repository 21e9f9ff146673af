// What each role may do outside the review workflow: live categories and media, document
// locks, locked-out accounts and the jobs queue.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { slugify } from '@/fields/slugify'
import { rest } from '../helpers/api'
import { createCategory, createConcept, unique } from '../helpers/fixtures'
import { editorDocument, uploadNode } from '../helpers/lexical'
import { signedIn, type Staff } from '../helpers/review'
import { testPayload } from '../helpers/payload'

let payload: Payload
let editor: Staff
let reviewer: Staff
let admin: Staff

const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

function createMedia(alt: string) {
  return payload.create({
    collection: 'media',
    data: { alt },
    file: { data: PIXEL, mimetype: 'image/png', name: `${slugify(alt)}.png`, size: PIXEL.length },
  })
}

async function lockOf(conceptId: number) {
  const { docs } = await payload.find({
    collection: 'payload-locked-documents',
    where: { 'document.value': { equals: conceptId } },
    depth: 0,
  })
  return docs[0]
}

const lockOwner = (lock: Awaited<ReturnType<typeof lockOf>>) => (lock?.user as { value: number } | undefined)?.value

beforeAll(async () => {
  payload = await testPayload()
  editor = await signedIn(payload, ['editor'])
  reviewer = await signedIn(payload, ['reviewer'])
  admin = await signedIn(payload, ['admin'])
})

describe('live categories and media', () => {
  it('editors make no category, and change or delete no category or image; readers keep what they had', async () => {
    const name = unique('Editor category')
    const created = await rest('POST', 'categories', { body: { name, slug: slugify(name) }, token: editor.token })
    expect(created.status).toBe(403)
    expect((await rest('GET', `categories?where[name][equals]=${encodeURIComponent(name)}`)).json.totalDocs).toBe(0)
    const category = await createCategory(payload)
    const rename = await rest('PATCH', `categories/${category.id}`, {
      body: { name: 'Renamed by an editor' },
      token: editor.token,
    })
    expect(rename.status).toBe(403)
    expect((await rest('DELETE', `categories/${category.id}`, { token: editor.token })).status).toBe(403)
    expect((await rest('GET', `categories/${category.id}`)).json.name).toBe(category.name)

    const image = await createMedia(unique('A diagram'))
    await createConcept(payload, category, { body: editorDocument(uploadNode(image.id)) })
    expect(
      (await rest('PATCH', `media/${image.id}`, { body: { alt: 'Misleading words' }, token: editor.token })).status,
    ).toBe(403)
    expect((await rest('DELETE', `media/${image.id}`, { token: editor.token })).status).toBe(403)
    expect((await rest('GET', `media/${image.id}`)).json.alt).toBe(image.alt)
  })

  it('reviewers and admins change and delete them', async () => {
    for (const person of [reviewer, admin]) {
      const category = await createCategory(payload)
      const renamed = unique('Renamed')
      expect(
        (await rest('PATCH', `categories/${category.id}`, { body: { name: renamed }, token: person.token })).status,
      ).toBe(200)
      expect((await rest('GET', `categories/${category.id}`)).json.name).toBe(renamed)
      expect((await rest('DELETE', `categories/${category.id}`, { token: person.token })).status).toBe(200)
      const image = await createMedia(unique('A chart'))
      expect(
        (await rest('PATCH', `media/${image.id}`, { body: { alt: 'A clearer description' }, token: person.token }))
          .status,
      ).toBe(200)
      expect((await rest('DELETE', `media/${image.id}`, { token: person.token })).status).toBe(200)
    }
  })
})

describe('document locks', () => {
  async function draftConcept() {
    const category = await createCategory(payload)
    const title = unique('Locked concept')
    return payload.create({
      collection: 'concepts',
      data: { title, slug: slugify(title), summary: 'Words.', category: category.id, difficulty: 'beginner' },
      draft: true,
    })
  }

  async function conceptLockedBy(owner: Staff) {
    const concept = await draftConcept()
    const response = await rest('POST', 'payload-locked-documents', {
      body: { document: { relationTo: 'concepts', value: concept.id }, user: { relationTo: 'users', value: owner.id } },
      token: owner.token,
    })
    expect(response.status).toBe(201)
    return concept
  }

  it('always name the person who set them, whatever the request claims', async () => {
    const concept = await conceptLockedBy(reviewer)
    const lock = await lockOf(concept.id)
    const target = await draftConcept()
    await rest('POST', 'payload-locked-documents', {
      body: { document: { relationTo: 'concepts', value: target.id }, user: { relationTo: 'users', value: admin.id } },
      token: editor.token,
    })
    expect(lockOwner(await lockOf(target.id))).toBe(editor.id)
    await rest('PATCH', `payload-locked-documents/${lock.id}`, {
      body: { user: { relationTo: 'users', value: admin.id } },
      token: reviewer.token,
    })
    expect(lockOwner(await lockOf(concept.id))).toBe(reviewer.id)
  })

  it('are removed only by their owner or an admin', async () => {
    const concept = await conceptLockedBy(reviewer)
    const lock = await lockOf(concept.id)
    const byEditor = await rest('DELETE', `payload-locked-documents/${lock.id}`, { token: editor.token })
    expect(byEditor.status).toBeGreaterThanOrEqual(400)
    expect(lockOwner(await lockOf(concept.id))).toBe(reviewer.id)
    const blocked = await rest('PATCH', `concepts/${concept.id}?draft=true`, {
      body: { summary: 'Overwritten.' },
      token: editor.token,
    })
    expect(blocked.status).toBe(423)

    expect((await rest('DELETE', `payload-locked-documents/${lock.id}`, { token: reviewer.token })).status).toBe(200)
    expect(await lockOf(concept.id)).toBeUndefined()

    const other = await conceptLockedBy(editor)
    expect(
      (await rest('DELETE', `payload-locked-documents/${(await lockOf(other.id)).id}`, { token: admin.token })).status,
    ).toBe(200)
    expect(await lockOf(other.id)).toBeUndefined()
  })
})

describe('locked-out accounts', () => {
  it('are unlocked by admins only', async () => {
    const person = await signedIn(payload, ['editor'])
    // Wrong passwords from many clients: one more makes 100, which locks the account.
    await payload.db.updateOne({ collection: 'users', id: person.id, data: { loginAttempts: 99 } })
    await rest('POST', 'users/login', { body: { email: person.email, password: 'wrong password' } })
    const lockedOut = await rest('POST', 'users/login', {
      body: { email: person.email, password: 'correct horse battery staple' },
    })
    expect(lockedOut.status).toBe(401)
    for (const other of [editor, reviewer]) {
      expect((await rest('POST', 'users/unlock', { body: { email: person.email }, token: other.token })).status).toBe(
        403,
      )
    }
    expect(
      (await rest('POST', 'users/login', { body: { email: person.email, password: 'correct horse battery staple' } }))
        .status,
    ).toBe(401)
    expect((await rest('POST', 'users/unlock', { body: { email: person.email }, token: admin.token })).status).toBe(200)
    expect(
      (await rest('POST', 'users/login', { body: { email: person.email, password: 'correct horse battery staple' } }))
        .status,
    ).toBe(200)
  })
})

describe('the jobs queue', () => {
  it('runs due jobs by hand for admins only', async () => {
    for (const person of [editor, reviewer]) {
      expect((await rest('GET', 'payload-jobs/run', { token: person.token })).status).toBe(401)
    }
    expect((await rest('GET', 'payload-jobs/run')).status).toBe(401)
    expect((await rest('GET', 'payload-jobs/run', { token: admin.token })).status).toBe(200)
  })
})
