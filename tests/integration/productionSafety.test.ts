// A production site never runs with the demo accounts' published passwords, and the demo
// content never lands in a production database by accident.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { withLexicalBuild } from '@/cli/lexicalBuild'
import { projectRoot } from '@/db/projectPaths'
import { demoAccountsWithPublishedPasswords } from '@/security/demoAccounts'
import { demoUsers } from '@/seed/demoUsers'
import { testPayload } from '../helpers/payload'

let payload: Payload
const demoAdmin = demoUsers.find((user) => user.roles.includes('admin'))!

/** A CLI script in a child process, with the environment `npm start` gives its database task. */
function run(args: string[], env: Record<string, string>) {
  return spawnSync(path.join(projectRoot, 'node_modules/.bin/tsx'), args, {
    cwd: projectRoot,
    env: withLexicalBuild({ ...process.env, DISABLE_PAYLOAD_HMR: 'true', ...env }),
    encoding: 'utf8',
  })
}

async function setDemoAdminPassword(password: string) {
  const existing = await payload.find({ collection: 'users', where: { email: { equals: demoAdmin.email } } })
  if (existing.docs[0]) await payload.update({ collection: 'users', id: existing.docs[0].id, data: { password } })
  else await payload.create({ collection: 'users', data: { ...demoAdmin, password } })
}

beforeAll(async () => {
  payload = await testPayload()
  await setDemoAdminPassword(demoAdmin.password)
})

afterAll(() => setDemoAdminPassword(demoAdmin.password))

describe('starting the production server', () => {
  it('is refused while a demo account keeps its published password, naming the account', () => {
    const result = run(['src/cli/tasks/database.ts', 'start'], {})
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(demoAdmin.email)
    expect(result.stderr).toMatch(/Change the password or delete the account/)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  it('no longer counts an account whose password was changed', async () => {
    expect(await demoAccountsWithPublishedPasswords(payload)).toContain(demoAdmin.email)
    await setDemoAdminPassword('a long private passphrase nobody published')
    expect(await demoAccountsWithPublishedPasswords(payload)).not.toContain(demoAdmin.email)
  })
})

describe('seeding with NODE_ENV=production', () => {
  it('asks for an explicit flag and touches nothing without it', async () => {
    const before = await payload.count({ collection: 'concepts' })
    const result = run(['src/cli/seed.ts'], { NODE_ENV: 'production' })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('npm run seed -- --allow-production')
    expect(await payload.count({ collection: 'concepts' })).toEqual(before)
  })
})
