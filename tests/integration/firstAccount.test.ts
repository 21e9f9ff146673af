// The first account of a new site, made on /admin's "Create first user" form, is its admin, who
// can add the staff; the form then refuses everyone. This run's database has accounts already,
// so a child process does it against a new, empty database on the same server.
import crypto from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { databaseUrl, ensureDatabase } from '@/db/embeddedPostgres'
import { dropDatabase } from '../helpers/freshDatabase'
import { scriptInChild } from '../helpers/scriptInChild'

const name = `groundwork_first_account_${crypto.randomBytes(4).toString('hex')}`
// The run's own database names the server; the new one is made and dropped beside it.
const server = process.env.DATABASE_URL!

type Answers = {
  race: number[]
  accountsAfterRace: number
  first: { status: number; roles?: string[] }
  addedEditor: { status: number; roles?: string[] }
  second: { status: number }
  lastAdmin: { demotesSelf: number; toldWhy?: string; deletesSelf: number; deletesEveryAccount: number }
  accountsLeft: string[][]
  strangerOnEmptiedSite: number
  mutualDemotion: number[]
  adminsAfterMutualDemotion: number
}

let answers: Answers

function registerInChild(url: string): Promise<Answers> {
  const child = scriptInChild('tests/helpers/registerFirstAccount.ts', { DATABASE_URL: url })
  let output = ''
  child.stdout.on('data', (chunk) => (output += String(chunk)))
  return new Promise((resolve, reject) =>
    child.once('close', (code) => {
      // Payload may log the refused second registration after the answers: take the answers' line.
      const line = output.split('\n').findLast((printed) => printed.startsWith('{')) ?? ''
      if (code === 0 && line) resolve(JSON.parse(line) as Answers)
      else reject(new Error(`The child ended with exit code ${code}, printing: ${output}`))
    }),
  )
}

beforeAll(async () => {
  await ensureDatabase(server, name)
  answers = await registerInChild(databaseUrl(server, name))
}, 120_000)

afterAll(() => dropDatabase(server, name))

describe('the first account of a new site', () => {
  it('is an admin, whatever the roles field would default to', () => {
    expect(answers.first).toEqual({ status: 200, roles: ['admin'] })
  })

  it('can add staff, who get the default editor role', () => {
    expect(answers.addedEditor).toEqual({ status: 201, roles: ['editor'] })
  })

  it('is one account when two people send the form at the same moment: the later is refused', () => {
    expect(answers.race).toEqual([200, 403])
    expect(answers.accountsAfterRace).toBe(1)
  })

  it('is the only one the form makes: a second attempt is refused, admin role asked for or not', () => {
    expect(answers.second.status).toBe(403)
  })
})

describe('the last admin', () => {
  it('cannot give up the role or delete the account: 409, with a message saying what to do', () => {
    expect(answers.lastAdmin).toMatchObject({
      demotesSelf: 409,
      toldWhy: 'The site must keep at least one admin: make another account an admin first.',
      deletesSelf: 409,
    })
  })

  it('deleting every account deletes all but the admin, so the first-account form stays closed', () => {
    expect(answers.accountsLeft).toEqual([['admin']])
    expect(answers.strangerOnEmptiedSite).toBe(403)
  })

  it('is one of two admins who remove each other at the same moment: the later is refused', () => {
    expect(answers.mutualDemotion).toEqual([200, 409])
    expect(answers.adminsAfterMutualDemotion).toBe(1)
  })
})
