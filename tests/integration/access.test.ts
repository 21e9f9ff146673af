import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Category, Concept } from '@/payload-types'
import { graphqlQuery, rest } from '../helpers/api'
import { createCategory, createConcept } from '../helpers/fixtures'
import { createUser, testPayload } from '../helpers/payload'

let payload: Payload
let category: Category
let published: Concept
let draft: Concept
let editorToken: string

beforeAll(async () => {
  payload = await testPayload()
  category = await createCategory(payload)
  published = await createConcept(payload, category)
  draft = await createConcept(payload, category, { _status: 'draft' })
  const editor = await createUser(payload, ['editor'])
  const login = await payload.login({
    collection: 'users',
    data: { email: editor.email, password: 'correct horse battery staple' },
  })
  editorToken = login.token!
})

describe('an anonymous reader', () => {
  it('reads published concepts but never drafts through the Local API', async () => {
    const { docs } = await payload.find({ collection: 'concepts', overrideAccess: false, pagination: false })
    const ids = docs.map((doc) => doc.id)
    expect(ids).toContain(published.id)
    expect(ids).not.toContain(draft.id)
    await expect(
      payload.findByID({ collection: 'concepts', id: draft.id, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 404 })
  })

  it('cannot see drafts through REST, even when asking for them', async () => {
    const list = await rest('GET', 'concepts?draft=true&limit=100')
    const titles = (list.json.docs as Concept[]).map((doc) => doc.title)
    expect(list.status).toBe(200)
    expect(titles).toContain(published.title)
    expect(titles).not.toContain(draft.title)
    expect((await rest('GET', `concepts/${draft.id}?draft=true`)).status).toBe(404)
  })

  it('cannot see drafts through GraphQL', async () => {
    const { json } = await graphqlQuery('{ Concepts(draft: true, limit: 100) { docs { title } } }')
    const titles = (json.data?.Concepts as { docs: { title: string }[] }).docs.map((doc) => doc.title)
    expect(titles).toContain(published.title)
    expect(titles).not.toContain(draft.title)
  })

  it('never sees user accounts or their emails', async () => {
    const list = await rest('GET', 'users')
    expect(list.status).toBe(403)
    const { json } = await graphqlQuery('{ Users { docs { email } } }')
    expect(JSON.stringify(json)).not.toContain('@example.test')
    expect(json.errors?.length).toBeGreaterThan(0)
  })

  it('cannot write content', async () => {
    const before = await payload.count({ collection: 'concepts' })
    const response = await rest('POST', 'concepts', {
      body: { title: 'Anonymous', summary: 'x', category: category.id, difficulty: 'beginner' },
    })
    expect(response.status).toBe(403)
    expect((await payload.count({ collection: 'concepts' })).totalDocs).toBe(before.totalDocs)
  })
})

describe('signed-in staff', () => {
  it('read drafts through REST', async () => {
    const response = await rest('GET', `concepts/${draft.id}?draft=true`, { token: editorToken })
    expect(response.status).toBe(200)
    expect(response.json.title).toBe(draft.title)
  })

  it('read only their own account unless they are admins', async () => {
    const other = await createUser(payload, ['reviewer'])
    const list = await rest('GET', 'users?limit=100', { token: editorToken })
    const emails = (list.json.docs as { email: string }[]).map((user) => user.email)
    expect(emails).toHaveLength(1)
    expect(emails).not.toContain(other.email)
  })

  it('cannot give themselves another role', async () => {
    const me = await rest('GET', 'users/me', { token: editorToken })
    const id = (me.json.user as { id: number }).id
    await rest('PATCH', `users/${id}`, { token: editorToken, body: { roles: ['admin'] } })
    const after = await payload.findByID({ collection: 'users', id })
    expect(after.roles).toEqual(['editor'])
  })
})
