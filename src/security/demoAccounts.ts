// The demo accounts' passwords are published in the README: a production site must not
// keep them. `npm start` asks this before serving (see src/cli/tasks/database.ts).
import type { Payload } from 'payload'
import { demoUsers } from '@/seed/demoUsers'
import { matchesStoredPassword } from './passwordHash'

/** The emails of demo accounts that still sign in with their published password. */
export async function demoAccountsWithPublishedPasswords(payload: Payload): Promise<string[]> {
  const open = await Promise.all(
    demoUsers.map(async ({ email, password }) => {
      const stored = await payload.db.findOne<{ id: number; hash?: string; salt?: string }>({
        collection: 'users',
        where: { email: { equals: email } },
      })
      return stored && (await matchesStoredPassword(password, stored)) ? email : undefined
    }),
  )
  return open.filter((email): email is string => email !== undefined)
}

export const ALLOW_DEMO_ACCOUNTS_ENV = 'ALLOW_DEMO_ACCOUNTS'

export function demoAccountsRefusal(emails: string[]): string {
  return (
    `The demo account${emails.length === 1 ? '' : 's'} ${emails.join(', ')} still ${emails.length === 1 ? 'has its' : 'have their'} ` +
    'password from the README, so anyone could sign in. Change the password or delete the account in /admin → Users, ' +
    `then start again. For a local trial of the production build only, set ${ALLOW_DEMO_ACCOUNTS_ENV}=true.`
  )
}
