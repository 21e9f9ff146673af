// Run by firstAccount.test.ts in a process of its own against a new, empty database: applies the
// migrations, then does through the REST API what the owner of a new site does on /admin's
// "Create first user" form while a rival sends the same form at the same moment, what the
// winner and a stranger try next, and how the site keeps an admin: the only admin removing
// themselves, deleting every account, and two admins removing each other at the same moment.
// Prints what each answered.
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
const ownerId = (first.json.user as User).id
const demotion = await rest('PATCH', `users/${ownerId}`, { body: { roles: ['editor'] }, token })
const lastAdmin = {
  demotesSelf: demotion.status,
  toldWhy: (demotion.json.errors as { message: string }[] | undefined)?.[0]?.message,
  deletesSelf: (await rest('DELETE', `users/${ownerId}`, { token })).status,
  deletesEveryAccount: (await rest('DELETE', 'users?where[id][exists]=true', { token })).status,
}
const accountsLeft = (await payload.find({ collection: 'users', depth: 0 })).docs.map((user) => user.roles)
const strangerOnEmptiedSite = (await rest('POST', 'users/first-register', { body: { ...rival, roles: ['admin'] } }))
  .status

const partner = { name: 'Partner', email: 'partner@example.test', password: 'a partner password' }
const partnerId = ((await rest('POST', 'users', { body: { ...partner, roles: ['admin'] }, token })).json.doc as User).id
const partnerToken = String((await rest('POST', 'users/login', { body: partner })).json.token)
const mutualDemotion = await Promise.all([
  rest('PATCH', `users/${partnerId}`, { body: { roles: ['editor'] }, token }),
  rest('PATCH', `users/${ownerId}`, { body: { roles: ['editor'] }, token: partnerToken }),
])
const adminsAfterMutualDemotion = (await payload.count({ collection: 'users', where: { roles: { in: ['admin'] } } }))
  .totalDocs

console.log(
  JSON.stringify({
    lastAdmin,
    accountsLeft,
    strangerOnEmptiedSite,
    mutualDemotion: mutualDemotion.map((answer) => answer.status).sort(),
    adminsAfterMutualDemotion,
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
