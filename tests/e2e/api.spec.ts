// What an API client of the production server gets for bad input and forbidden reads.
import { expect, test, type APIRequestContext } from '@playwright/test'
import type { Role } from '@/access/roles'
import { demoUsers } from '@/seed/demoUsers'

const STACK_FRAME = /\bat [\w.<>]+ \(|node_modules/

async function authorization(request: APIRequestContext, role: Role) {
  const user = demoUsers.find((candidate) => candidate.roles.includes(role))!
  const login = await request.post('/api/users/login', { data: { email: user.email, password: user.password } })
  return { authorization: `JWT ${(await login.json()).token}` }
}

test('bad input is a 400 that names the field, with no stack trace, and writes nothing', async ({ request }) => {
  const headers = await authorization(request, 'admin')
  const countConcepts = async () =>
    (await (await request.get('/api/concepts?limit=1&draft=true', { headers })).json()).totalDocs

  const before = await countConcepts()
  const response = await request.post('/api/concepts', {
    headers,
    data: { title: `Bad ${Date.now()}`, summary: 'x'.repeat(300), slug: 'Bad Slug', _status: 'published' },
  })
  expect(response.status()).toBe(400)
  const body = await response.text()
  for (const field of ['summary', 'slug', 'category', 'difficulty']) expect(body).toContain(`"path":"${field}"`)
  expect(body).not.toMatch(STACK_FRAME)
  expect(await countConcepts()).toBe(before)
})

test('an editor publishing gets a 403 that names the review rule, with no stack trace', async ({ request }) => {
  const headers = await authorization(request, 'editor')
  const response = await request.post('/api/concepts', {
    headers,
    data: { title: `Unreviewed ${Date.now()}`, summary: 'Straight to readers.', _status: 'published' },
  })
  expect(response.status()).toBe(403)
  const body = await response.text()
  expect(body).toContain('Only reviewers and admins publish; editors submit their drafts for review.')
  expect(body).not.toMatch(STACK_FRAME)
})

test('forbidden reads say so without a stack trace, over REST and GraphQL', async ({ request }) => {
  const rest = await request.get('/api/users')
  expect(rest.status()).toBe(403)
  expect(await rest.text()).not.toMatch(STACK_FRAME)

  const graphql = await request.post('/api/graphql', { data: { query: '{ Users { docs { email } } }' } })
  const text = await graphql.text()
  expect(text).toContain('not allowed')
  expect(text).not.toContain('@groundwork.test')
  expect(text).not.toMatch(STACK_FRAME)
})
