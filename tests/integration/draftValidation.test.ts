// Concept drafts may be incomplete but never wrong: every save is checked for types,
// lengths and options; only a title is needed before publishing, the rest when publishing.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Category } from '@/payload-types'
import { rest } from '../helpers/api'
import { createCategory, unique } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { errorMessage, signedIn, type Staff } from '../helpers/review'

let payload: Payload
let category: Category
let editor: Staff
let admin: Staff

const conceptCount = async () => (await payload.count({ collection: 'concepts' })).totalDocs
const saveDraft = (body: Record<string, unknown>) => rest('POST', 'concepts?draft=true', { body, token: editor.token })

beforeAll(async () => {
  payload = await testPayload()
  category = await createCategory(payload)
  editor = await signedIn(payload, ['editor'])
  admin = await signedIn(payload, ['admin'])
})

describe('a concept draft', () => {
  it('may hold only a title, and gets its slug from it', async () => {
    const title = unique('Only a title')
    const response = await saveDraft({ title })
    expect(response.status).toBe(201)
    expect(response.json.doc).toMatchObject({ title, summary: null })
    expect((response.json.doc as { slug: string }).slug).toMatch(/^only-a-title-/)
  })

  it('needs a title, so no untitled draft is ever stored', async () => {
    const before = await conceptCount()
    const response = await saveDraft({ summary: 'A summary without a title.' })
    expect(response.status).toBe(400)
    expect(errorMessage(response.json)).toMatch(/Title/)
    expect(await conceptCount()).toBe(before)
  })

  it.each([
    ['a title over 160 characters', { title: 'x'.repeat(161) }, /Title/],
    ['a summary over 280 characters', { title: unique('Long summary'), summary: 'y'.repeat(281) }, /Summary/],
    [
      'a difficulty that is not one of the three',
      { title: unique('Odd difficulty'), difficulty: 'expert' },
      /Difficulty/,
    ],
    ['a slug that is not a slug', { title: unique('Bad slug'), slug: '../../etc/passwd' }, /slug/i],
  ])('is refused with %s, and nothing is stored', async (_, body, field) => {
    const before = await conceptCount()
    const response = await saveDraft(body)
    expect(response.status).toBe(400)
    expect(errorMessage(response.json)).toMatch(field)
    expect(await conceptCount()).toBe(before)
  })

  it('may have its summary emptied by an autosave while it is being written', async () => {
    const created = await saveDraft({ title: unique('Being written'), summary: 'First words.', category: category.id })
    const id = (created.json.doc as { id: number }).id
    const autosave = await rest('PATCH', `concepts/${id}?draft=true&autosave=true`, {
      body: { summary: '', _status: 'draft' },
      token: editor.token,
    })
    expect(autosave.status).toBe(200)
  })

  it('cannot be published while a required field is empty, even by an admin, and stays off the site', async () => {
    const created = await saveDraft({ title: unique('Half done') })
    const id = (created.json.doc as { id: number }).id
    const publish = await rest('PATCH', `concepts/${id}`, { body: { _status: 'published' }, token: admin.token })
    expect(publish.status).toBe(400)
    expect(errorMessage(publish.json)).toMatch(/Summary|Category|Difficulty/)
    expect((await rest('GET', `concepts/${id}`)).status).toBe(404)
  })
})
