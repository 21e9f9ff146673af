// Every way to ask for a publish, through every write path, as every role: a change is
// judged by what it would do to the live document, never by the flags the request claims.
// Each case starts from a live document with an unreviewed draft change on top, whose words
// were also live once (so restoring that older version is a way to ask too).
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Concept } from '@/payload-types'
import type { Role } from '@/access/roles'
import { graphqlQuery, rest } from '../helpers/api'
import { createCategory, createConcept, createUseCase } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { richText } from '@/seed/richText'
import { schedulePublishInput } from '@/review/schedule/schedule'
import { auditTrail, errorMessage, signedIn, type Staff } from '../helpers/review'

type Subject = {
  collection: 'concepts' | 'use-cases' | 'faqs'
  /** The GraphQL name of the update mutation. */
  mutation: string
  /** A text field readers see. */
  field: 'summary' | 'question'
  createLive: (text: string) => Promise<{ id: number }>
}

const LIVE = 'The reviewed, live words.'
/** Words once live and now replaced, and saved again as an unreviewed draft. */
const UNREVIEWED = 'Words nobody approved for today.'

let payload: Payload
let linkedConcept: Concept
const staff = {} as Record<Role, Staff>
let writer: Staff

const subjects: Subject[] = [
  {
    collection: 'concepts',
    mutation: 'updateConcept',
    field: 'summary',
    createLive: async (text) => createConcept(payload, await createCategory(payload), { summary: text }),
  },
  {
    collection: 'use-cases',
    mutation: 'updateUseCase',
    field: 'summary',
    createLive: (text) => createUseCase(payload, linkedConcept.id, { summary: text }),
  },
  {
    collection: 'faqs',
    mutation: 'updateFaq',
    field: 'question',
    createLive: (text) =>
      payload.create({
        collection: 'faqs',
        data: { question: text, answer: richText(['An answer.']), concept: linkedConcept.id, _status: 'published' },
      }),
  },
]

type Outcome = { refused: boolean; message: string }

const fromRest = ({ status, json }: { status: number; json: Record<string, unknown> }): Outcome => ({
  refused: status >= 400,
  message: errorMessage(json),
})

const fromGraphql = ({ json }: Awaited<ReturnType<typeof graphqlQuery>>): Outcome => ({
  refused: Boolean(json.errors?.length),
  message: json.errors?.length ? JSON.stringify(json.errors) : '',
})

async function fromLocal(write: () => Promise<unknown>): Promise<Outcome> {
  try {
    await write()
    return { refused: false, message: '' }
  } catch (error) {
    return { refused: true, message: error instanceof Error ? error.message : String(error) }
  }
}

/** The document's first version: published once, replaced since by the live words. */
async function oldestVersionId(collection: Subject['collection'], id: number): Promise<number | string> {
  const { docs } = await payload.findVersions({
    collection,
    where: { parent: { equals: id } },
    sort: 'createdAt',
    limit: 1,
  })
  return docs[0].id
}

type JobRow = { id: number; completedAt?: string | null; hasError?: boolean | null; error?: unknown }

/** Queues Payload's scheduled-publish job in this person's name, as the admin's drawer would, and waits for the runner. */
async function scheduledJob(subject: Subject, id: number, by: Staff): Promise<Outcome> {
  const job = await payload.jobs.queue({
    task: 'schedulePublish',
    waitUntil: new Date(),
    input: schedulePublishInput('publish', subject.collection, id, by.id),
  })
  const jobRow = () => payload.db.findOne<JobRow>({ collection: 'payload-jobs', where: { id: { equals: job.id } } })
  await expect
    .poll(jobRow, { timeout: 20_000, interval: 200 })
    .toSatisfy((row) => !row || Boolean(row.completedAt || row.hasError))
  const row = await jobRow()
  return row?.hasError ? { refused: true, message: JSON.stringify(row.error) } : { refused: false, message: '' }
}

type WritePath = {
  name: string
  publish: (subject: Subject, id: number, by: Staff) => Promise<Outcome>
  /** What readers see after an admin does it (a bulk save without ?draft=true republishes the live record). */
  adminResult?: string
}

const body = { _status: 'published' } as const

const writePaths: WritePath[] = [
  {
    name: 'REST save',
    publish: async (s, id, by) => fromRest(await rest('PATCH', `${s.collection}/${id}`, { body, token: by.token })),
  },
  {
    name: 'REST draft save claiming _status: published',
    publish: async (s, id, by) =>
      fromRest(await rest('PATCH', `${s.collection}/${id}?draft=true`, { body, token: by.token })),
  },
  {
    name: 'REST autosave claiming _status: published',
    publish: async (s, id, by) =>
      fromRest(await rest('PATCH', `${s.collection}/${id}?draft=true&autosave=true`, { body, token: by.token })),
  },
  {
    name: 'REST bulk save',
    publish: async (s, id, by) =>
      fromRest(await rest('PATCH', `${s.collection}?where[id][equals]=${id}`, { body, token: by.token })),
    adminResult: LIVE,
  },
  {
    name: 'REST bulk draft save claiming _status: published',
    publish: async (s, id, by) =>
      fromRest(await rest('PATCH', `${s.collection}?where[id][equals]=${id}&draft=true`, { body, token: by.token })),
  },
  {
    name: 'GraphQL update',
    publish: async (s, id, by) =>
      fromGraphql(
        await graphqlQuery(`mutation { ${s.mutation}(id: ${id}, data: { _status: published }) { id } }`, by.token),
      ),
  },
  {
    name: 'GraphQL draft update claiming _status: published',
    publish: async (s, id, by) =>
      fromGraphql(
        await graphqlQuery(
          `mutation { ${s.mutation}(id: ${id}, draft: true, data: { _status: published }) { id } }`,
          by.token,
        ),
      ),
  },
  {
    name: 'Local API draft update with a user',
    publish: (s, id, by) =>
      fromLocal(() =>
        payload.update({ collection: s.collection, id, draft: true, data: body, user: by, overrideAccess: false }),
      ),
  },
  {
    name: 'restoring an older version',
    publish: async (s, id, by) =>
      fromRest(
        await rest('POST', `${s.collection}/versions/${await oldestVersionId(s.collection, id)}`, { token: by.token }),
      ),
  },
  { name: 'a scheduled publish job in their name', publish: scheduledJob },
]

/** What an anonymous reader gets for the document. */
async function readerSees(subject: Subject, id: number): Promise<unknown> {
  return (await rest('GET', `${subject.collection}/${id}`)).json[subject.field]
}

async function liveWithUnreviewedDraft(subject: Subject): Promise<number> {
  const live = await subject.createLive(UNREVIEWED)
  await payload.update({
    collection: subject.collection,
    id: live.id,
    data: { [subject.field]: LIVE, _status: 'published' },
  })
  const draft = await rest('PATCH', `${subject.collection}/${live.id}?draft=true`, {
    body: { [subject.field]: UNREVIEWED },
    token: writer.token,
  })
  if (draft.status !== 200) throw new Error(`Could not save the draft: ${JSON.stringify(draft.json)}`)
  return live.id
}

const REFUSALS: Record<Exclude<Role, 'admin'>, RegExp> = {
  editor: /Only reviewers and admins publish/,
  reviewer: /Only approved work can be published/,
}

beforeAll(async () => {
  payload = await testPayload()
  linkedConcept = await createConcept(payload, await createCategory(payload))
  for (const role of ['editor', 'reviewer', 'admin'] as const) staff[role] = await signedIn(payload, [role])
  writer = await signedIn(payload, ['editor'])
})

describe.each(subjects)('publishing unreviewed $collection', (subject) => {
  describe.each(writePaths)('through $name', (path) => {
    it.each(['editor', 'reviewer'] as const)('is refused for a %s, and readers see nothing new', async (role) => {
      const id = await liveWithUnreviewedDraft(subject)
      const outcome = await path.publish(subject, id, staff[role])
      expect(outcome.refused).toBe(true)
      expect(outcome.message).toMatch(REFUSALS[role])
      expect(await readerSees(subject, id)).toBe(LIVE)
      expect((await auditTrail(payload, subject.collection, id)).map((entry) => entry.action)).not.toContain('publish')
    })

    it('is an admin’s override, recorded as one', async () => {
      const id = await liveWithUnreviewedDraft(subject)
      const outcome = await path.publish(subject, id, staff.admin)
      expect(outcome).toEqual({ refused: false, message: '' })
      expect(await readerSees(subject, id)).toBe(path.adminResult ?? UNREVIEWED)
      const published = (await auditTrail(payload, subject.collection, id)).filter(
        (entry) => entry.action === 'publish',
      )
      expect(published).toEqual([expect.objectContaining({ user: staff.admin.id, override: true })])
    })
  })
})
