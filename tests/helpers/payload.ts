import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import type { User } from '@/payload-types'
import type { Role } from '@/access/roles'

export function testPayload(): Promise<Payload> {
  if (!process.env.DATABASE_URL?.includes('groundwork_')) {
    throw new Error('Integration tests need the database made by their globalSetup; run them with vitest.')
  }
  return getPayload({ config })
}

let userCounter = 0

/** A staff account with the given roles, with `collection` set as the API would. */
export async function createUser(payload: Payload, roles: Role[]): Promise<User & { collection: 'users' }> {
  userCounter += 1
  const user = await payload.create({
    collection: 'users',
    data: {
      name: `Test ${roles.join(' ')} ${userCounter}`,
      email: `${roles.join('-')}-${userCounter}-${Date.now()}@example.test`,
      password: 'correct horse battery staple',
      roles,
    },
  })
  return { ...user, collection: 'users' }
}
