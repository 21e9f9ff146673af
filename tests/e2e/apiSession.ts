import type { APIRequestContext } from '@playwright/test'
import { demoUsers } from '@/seed/demoUsers'
import type { Role } from '@/access/roles'

/** Signs a demo user in through the REST API and returns the header that carries the session. */
export async function apiHeaders(request: APIRequestContext, role: Role): Promise<Record<string, string>> {
  const user = demoUsers.find((candidate) => candidate.roles.includes(role))!
  const response = await request.post('/api/users/login', { data: { email: user.email, password: user.password } })
  return { authorization: `JWT ${(await response.json()).token}` }
}

export async function pageText(request: APIRequestContext, path: string): Promise<string> {
  return (await request.get(path)).text()
}

/** The id of the demo content's "Foundations" category, where tests file the concepts they create. */
export async function foundationsCategoryId(request: APIRequestContext): Promise<number> {
  const categories = await (await request.get('/api/categories?where[slug][equals]=foundations')).json()
  return categories.docs[0].id
}
