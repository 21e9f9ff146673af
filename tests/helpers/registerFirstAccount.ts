// Run by firstAccount.test.ts in a process of its own against a new, empty database: applies the
// migrations, then does through the REST API what the owner of a new site does on /admin's
// "Create first user" form while a rival sends the same form at the same moment, and what the
// winner and a stranger try next. Prints what each answered.
import config from '@payload-config'
import { getPayload } from 'payload'
import { applyMigrations } from '@/cli/applyMigrations'
import type { User } from '@/payload-types'
import { rest } from './api'

const owner = { name: 'Site Owner', email: 'owner@example.test', password: 'a long first password' }
const rival = { name: 'Rival', email: 'rival@example.test', password: 'a rival first password' }

const payload = await getPayload({ config })
await applyMigrations(payload)
const race = await Promise.all([owner, rival].map((body) => rest('POST', 'users/first-register', { body })))
const accountsAfterRace = (await payload.count({ collection: 'users' })).totalDocs
const first = race.find((answer) => answer.status === 200) ?? race[0]
const token = String(first.json.token)
const addedEditor = await rest('POST', 'users', {
  body: { name: 'New Editor', email: 'new-editor@example.test', password: 'another long password' },
  token,
})
const second = await rest('POST', 'users/first-register', {
  body: { name: 'Stranger', email: 'stranger@example.test', password: 'a stranger password', roles: ['admin'] },
})
console.log(
  JSON.stringify({
    race: race.map((answer) => answer.status).sort(),
    accountsAfterRace,
    first: { status: first.status, roles: (first.json.user as User | undefined)?.roles },
    addedEditor: {
      status: addedEditor.status,
      roles: (addedEditor.json.doc as User | undefined)?.roles,
    },
    second: { status: second.status },
  }),
)
process.exit(0)
