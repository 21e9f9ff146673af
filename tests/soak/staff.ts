// The demo accounts (src/seed/demoUsers.ts) the soak's editors, reviewers and checks sign in as.
import type { Role } from '@/access/roles'
import type { User } from '@/payload-types'
import { demoUsers } from '@/seed/demoUsers'
import type { SoakClient } from './http'

export type Staff = { user: User; token: string }

export async function signIn(client: SoakClient, role: Role): Promise<Staff> {
  const account = demoUsers.find((user) => user.roles.includes(role))
  if (!account) throw new Error(`There is no demo ${role} account.`)
  const answer = await client.request<Staff>('sign-in', 'POST', '/api/users/login', {
    body: { email: account.email, password: account.password },
  })
  if (!answer.ok || !answer.json) throw new Error(`Signing in as ${account.email} failed: ${answer.reason}`)
  return { user: answer.json.user, token: answer.json.token }
}
