// What a staff member may do to accounts is said, not silently dropped: only admins change
// roles (a 403 otherwise, REST and GraphQL alike), and a password has at least 12 characters
// wherever it is set: the account form, a new account, and the reset form.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { User } from '@/payload-types'
import { graphqlQuery, rest } from '../helpers/api'
import { testPayload } from '../helpers/payload'
import { errorMessage, signedIn, type Staff } from '../helpers/review'

let payload: Payload
let admin: Staff

beforeAll(async () => {
  payload = await testPayload()
  admin = await signedIn(payload, ['admin'])
})

const rolesOf = async (id: number) => (await payload.findByID({ collection: 'users', id, depth: 0 })).roles

describe('roles', () => {
  it('are not changed by editors or reviewers, not even their own: 403, and nothing changes', async () => {
    for (const role of ['editor', 'reviewer'] as const) {
      const staff = await signedIn(payload, [role])
      const own = await rest('PATCH', `users/${staff.id}`, { body: { roles: ['admin'] }, token: staff.token })
      expect(own.status).toBe(403)
      expect(errorMessage(own.json)).toBe('Only admins change roles.')
      const graphql = await graphqlQuery(
        `mutation { updateUser(id: ${staff.id}, data: { roles: [admin] }) { roles } }`,
        staff.token,
      )
      expect(JSON.stringify(graphql.json.errors)).toContain('Only admins change roles.')
      expect(await rolesOf(staff.id)).toEqual([role])
    }
  })

  it('may be sent unchanged with an editor’s own account form, which saves', async () => {
    const editor = await signedIn(payload, ['editor'])
    const saved = await rest('PATCH', `users/${editor.id}`, {
      body: { name: 'Renamed Editor', roles: ['editor'] },
      token: editor.token,
    })
    expect(saved.status).toBe(200)
    expect((saved.json.doc as User).name).toBe('Renamed Editor')
  })

  it('are changed by an admin', async () => {
    const editor = await signedIn(payload, ['editor'])
    const changed = await rest('PATCH', `users/${editor.id}`, { body: { roles: ['reviewer'] }, token: admin.token })
    expect(changed.status).toBe(200)
    expect(await rolesOf(editor.id)).toEqual(['reviewer'])
  })
})

describe('passwords', () => {
  const TOO_SHORT = 'A password needs at least 12 characters.'

  it('of fewer than 12 characters are refused on the account form and for a new account; 12 are taken', async () => {
    const editor = await signedIn(payload, ['editor'])
    const short = await rest('PATCH', `users/${editor.id}`, { body: { password: 'abc' }, token: editor.token })
    expect(short.status).toBe(400)
    expect(JSON.stringify(short.json)).toContain(TOO_SHORT)
    const signIn = (password: string) =>
      rest('POST', 'users/login', { body: { email: editor.email, password } }).then((answer) => answer.status)
    expect(await signIn('abc')).toBe(401)

    const made = await rest('POST', 'users', {
      body: { name: 'Short', email: `short-${Date.now()}@example.test`, password: 'elevenchars' },
      token: admin.token,
    })
    expect(made.status).toBe(400)
    expect(JSON.stringify(made.json)).toContain(TOO_SHORT)

    expect(
      (await rest('PATCH', `users/${editor.id}`, { body: { password: 'twelve chars' }, token: editor.token })).status,
    ).toBe(200)
    expect(await signIn('twelve chars')).toBe(200)
  })

  it('of fewer than 12 characters are refused on the reset form, and the link still works', async () => {
    const editor = await signedIn(payload, ['editor'])
    expect((await rest('POST', 'users/forgot-password', { body: { email: editor.email } })).status).toBe(200)
    const storedToken = async () =>
      (
        await payload.db.findOne<{ id: number; resetPasswordToken?: string }>({
          collection: 'users',
          where: { id: { equals: editor.id } },
        })
      )?.resetPasswordToken
    // The reset is made after the answer (src/security/passwordResetRequest.ts).
    await expect.poll(storedToken, { timeout: 10_000 }).toBeTruthy()
    const token = await storedToken()
    const short = await rest('POST', 'users/reset-password', { body: { token, password: 'short' } })
    expect(short.status).toBe(400)
    expect(JSON.stringify(short.json)).toContain(TOO_SHORT)
    const reset = await rest('POST', 'users/reset-password', { body: { token, password: 'a long new password' } })
    expect(reset.status).toBe(200)
  })
})
