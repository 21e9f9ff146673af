// What the server log shows: a refusal the rules meant to give is one info line naming
// the rule; a real server error still logs in full, stack and all.
import { APIError, defaultLoggerOptions, logError, type Payload } from 'payload'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import type { Category } from '@/payload-types'
import { graphqlQuery, rest } from '../helpers/api'
import { createCategory } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { draftReadyConcept, signedIn, type Staff } from '../helpers/review'

const INFO = 30
const ERROR = 50
const RULE = /Only reviewers and admins publish/

type LogEntry = { level: number; msg?: string; err?: { stack?: string } }

let payload: Payload
let category: Category
let editor: Staff
let written: MockInstance

/** The entries written to Payload's log output (pino writes one JSON line per entry). */
const logged = (): LogEntry[] => written.mock.calls.map(([line]) => JSON.parse(String(line)) as LogEntry)

beforeAll(async () => {
  payload = await testPayload()
  category = await createCategory(payload)
  editor = await signedIn(payload, ['editor'])
})

beforeEach(() => {
  written = vi.spyOn(defaultLoggerOptions, 'write')
})

afterEach(() => {
  written.mockRestore()
})

describe('the server log', () => {
  it('shows an editor’s refused publish through REST as one info line naming the rule', async () => {
    const concept = await draftReadyConcept(payload, category, editor)
    written.mockClear()

    const response = await rest('PATCH', `concepts/${concept.id}`, {
      body: { _status: 'published' },
      token: editor.token,
    })

    expect(response.status).toBe(403)
    const entries = logged()
    expect(entries.filter((entry) => entry.level >= ERROR)).toEqual([])
    const refusals = entries.filter((entry) => entry.level === INFO && RULE.test(entry.msg ?? ''))
    expect(refusals).toHaveLength(1)
    expect(refusals[0].msg).toMatch(/^Refused \(403\): /)
    expect(refusals[0].msg).not.toContain('\n')
  })

  it('shows the same refusal through GraphQL as one info line', async () => {
    const concept = await draftReadyConcept(payload, category, editor)
    written.mockClear()

    await graphqlQuery(
      `mutation { updateConcept(id: ${concept.id}, data: { _status: published }) { id } }`,
      editor.token,
    )

    const entries = logged()
    expect(entries.filter((entry) => entry.level >= ERROR)).toEqual([])
    expect(entries.filter((entry) => entry.level === INFO && RULE.test(entry.msg ?? ''))).toHaveLength(1)
  })

  it('still logs a server error as an error with its stack', () => {
    logError({ err: new APIError('The database went away.'), payload })

    const errors = logged().filter((entry) => entry.level === ERROR)
    expect(errors).toHaveLength(1)
    expect(errors[0].err?.stack).toContain('The database went away.')
  })
})
