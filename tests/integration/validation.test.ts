// Bad input through REST: a 400 naming the field, and nothing written.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Category, Concept } from '@/payload-types'
import { rest } from '../helpers/api'
import { createCategory, createConcept, unique } from '../helpers/fixtures'
import { createUser, testPayload } from '../helpers/payload'

let payload: Payload
let category: Category
let existing: Concept
let token: string

type ErrorBody = { errors?: { message: string; data?: { errors?: { path: string; message: string }[] } }[] }

function fieldErrors(json: unknown): { path: string; message: string }[] {
  return (json as ErrorBody).errors?.flatMap((error) => error.data?.errors ?? []) ?? []
}

function validConcept(overrides: Record<string, unknown> = {}) {
  const title = unique('Valid concept')
  return {
    title,
    summary: 'Short and clear.',
    category: category.id,
    difficulty: 'intermediate',
    _status: 'published',
    ...overrides,
  }
}

async function expectRejected(body: Record<string, unknown>, field: string, message: RegExp) {
  const before = (await payload.count({ collection: 'concepts' })).totalDocs
  const response = await rest('POST', 'concepts', { body, token })
  expect(response.status).toBe(400)
  const errors = fieldErrors(response.json)
  expect(errors.map((error) => error.path)).toContain(field)
  expect(errors.find((error) => error.path === field)?.message).toMatch(message)
  expect(JSON.stringify(response.json)).not.toMatch(/\bat \w+ \(/)
  expect((await payload.count({ collection: 'concepts' })).totalDocs).toBe(before)
}

beforeAll(async () => {
  payload = await testPayload()
  category = await createCategory(payload)
  existing = await createConcept(payload, category)
  // Published writes, so every rule is checked: an admin may publish directly.
  const admin = await createUser(payload, ['admin'])
  token = (
    await payload.login({ collection: 'users', data: { email: admin.email, password: 'correct horse battery staple' } })
  ).token!
})

describe('creating a concept with bad input', () => {
  it('refuses a slug another concept already has', async () => {
    await expectRejected(validConcept({ slug: existing.slug }), 'slug', /unique/i)
  })

  it('refuses a malformed slug', async () => {
    await expectRejected(validConcept({ slug: 'Not A Slug!' }), 'slug', /lowercase letters/)
  })

  it('refuses a summary over 280 characters', async () => {
    await expectRejected(validConcept({ summary: 'x'.repeat(281) }), 'summary', /280/)
  })

  it('refuses a missing category', async () => {
    await expectRejected(validConcept({ category: undefined }), 'category', /required/i)
  })

  it('refuses a missing difficulty', async () => {
    await expectRejected(validConcept({ difficulty: undefined }), 'difficulty', /required/i)
  })

  it('refuses a difficulty outside the three levels', async () => {
    await expectRejected(validConcept({ difficulty: 'expert' }), 'difficulty', /invalid/i)
  })
})

describe('editing a concept with bad input', () => {
  it('refuses the concept as its own prerequisite and leaves it unchanged', async () => {
    const response = await rest('PATCH', `concepts/${existing.id}`, { body: { prerequisites: [existing.id] }, token })
    expect(response.status).toBe(400)
    const error = fieldErrors(response.json).find((entry) => entry.path === 'prerequisites')
    expect(error?.message).toBe('A concept cannot be its own prerequisite.')
    const after = await payload.findByID({ collection: 'concepts', id: existing.id, depth: 0 })
    expect(after.prerequisites ?? []).toEqual([])
  })
})

describe('uploading media', () => {
  it('refuses an image without alt text and stores nothing', async () => {
    const before = (await payload.count({ collection: 'media' })).totalDocs
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    )
    const form = new FormData()
    form.append('file', new Blob([png], { type: 'image/png' }), 'pixel.png')
    form.append('_payload', JSON.stringify({}))
    const response = await rest('POST', 'media', { form, token })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.json).map((error) => error.path)).toContain('alt')
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(before)
  })
})
