// Every way to ask for an issue to go out, as each role, judged where readers would notice:
// the public archive and a confirmed reader's inbox. An unapproved issue must reach neither;
// a sent issue must not change, whichever way the write comes in.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { NewsletterIssue } from '@/payload-types'
import type { Role } from '@/access/roles'
import { schedulePublishInput } from '@/review/schedule/schedule'
import { graphqlQuery, rest } from '../helpers/api'
import { unique } from '../helpers/fixtures'
import { featurable } from '../helpers/newsletterFixtures'
import { testPayload } from '../helpers/payload'
import { reviewAction, signedIn, type Staff } from '../helpers/review'
import { smtpPeerForThisFile } from '../helpers/smtpPeer'

let payload: Payload
const smtp = smtpPeerForThisFile()
let feature: Awaited<ReturnType<typeof featurable>>
const staff = {} as Record<Role, Staff>
const reader = `${unique('matrix-reader').replace(/\W/g, '')}@example.test`

beforeAll(async () => {
  payload = await testPayload()
  for (const role of ['editor', 'reviewer', 'admin'] as const) staff[role] = await signedIn(payload, [role])
  feature = await featurable(payload)
  await payload.create({
    collection: 'subscribers',
    data: { email: reader, status: 'confirmed', confirmedAt: new Date(Date.now() - 60_000).toISOString() },
    overrideAccess: true,
  })
})

async function draftIssue(subject: string): Promise<NewsletterIssue> {
  const { json } = await rest('POST', 'newsletter-issues?draft=true', {
    body: { subject, intro: 'Hello.', concept: feature.concept.id, useCase: feature.useCase.id },
    token: staff.editor.token,
  })
  return json.doc as NewsletterIssue
}

const body = { _status: 'published' } as const

async function jobOutcome(id: number, by: Staff): Promise<void> {
  const job = await payload.jobs.queue({
    task: 'schedulePublish',
    waitUntil: new Date(),
    input: schedulePublishInput('publish', 'newsletter-issues', id, by.id),
  })
  const row = () =>
    payload.db.findOne<{ id: number; completedAt?: string; hasError?: boolean }>({
      collection: 'payload-jobs',
      where: { id: { equals: job.id } },
    })
  await expect
    .poll(row, { timeout: 20_000, interval: 200 })
    .toSatisfy((found) => !found || Boolean(found.completedAt || found.hasError))
}

const paths: { name: string; ask: (id: number, by: Staff) => Promise<unknown> }[] = [
  { name: 'REST save', ask: (id, by) => rest('PATCH', `newsletter-issues/${id}`, { body, token: by.token }) },
  {
    name: 'REST draft save claiming published',
    ask: (id, by) => rest('PATCH', `newsletter-issues/${id}?draft=true`, { body, token: by.token }),
  },
  {
    name: 'REST autosave claiming published',
    ask: (id, by) => rest('PATCH', `newsletter-issues/${id}?draft=true&autosave=true`, { body, token: by.token }),
  },
  {
    name: 'REST bulk save',
    ask: (id, by) => rest('PATCH', `newsletter-issues?where[id][equals]=${id}`, { body, token: by.token }),
  },
  {
    name: 'GraphQL update',
    ask: (id, by) =>
      graphqlQuery(`mutation { updateNewsletterIssue(id: ${id}, data: { _status: published }) { id } }`, by.token),
  },
  {
    name: 'Local API with the user',
    ask: (id, by) =>
      payload
        .update({ collection: 'newsletter-issues', id, data: body, user: by, overrideAccess: false })
        .catch(() => undefined),
  },
  { name: 'a scheduled publish in their name', ask: jobOutcome },
]

async function archiveSubjects(): Promise<string[]> {
  const { json } = await rest('GET', 'newsletter-issues?limit=200&depth=0')
  return (json.docs as NewsletterIssue[]).map((issue) => issue.subject)
}

/** Gives the job runner (every second in tests) time to send anything that was queued. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 2_500))

describe('an issue nobody approved', () => {
  for (const role of ['editor', 'reviewer'] as const) {
    it(`does not go out, whichever way a${role === 'editor' ? 'n' : ''} ${role} asks`, async () => {
      const asked = await Promise.all(
        paths.map(async (path) => {
          const subject = unique(`Unapproved ${role} ${path.name}`)
          const issue = await draftIssue(subject)
          await reviewAction('newsletter-issues', issue.id, staff.editor.token, 'submit')
          await path.ask(issue.id, staff[role])
          return { path: path.name, subject }
        }),
      )
      await settle()
      const archive = await archiveSubjects()
      const inbox = smtp()
        .to(reader)
        .map((mail) => mail.parsed.subject)
      for (const { path, subject } of asked) {
        expect(archive, path).not.toContain(subject)
        expect(inbox, path).not.toContain(subject)
      }
    })
  }
})

describe('a sent issue', () => {
  it('keeps its words in the archive whichever way an edit comes in, and is never sent twice', async () => {
    const subject = unique('Sent once')
    const issue = await draftIssue(subject)
    await reviewAction('newsletter-issues', issue.id, staff.editor.token, 'submit')
    await reviewAction('newsletter-issues', issue.id, staff.reviewer.token, 'approve')
    expect((await rest('PATCH', `newsletter-issues/${issue.id}`, { body, token: staff.reviewer.token })).status).toBe(
      200,
    )
    await expect
      .poll(
        () =>
          smtp()
            .to(reader)
            .filter((mail) => mail.parsed.subject === subject).length,
        { timeout: 20_000 },
      )
      .toBe(1)

    const edit = { intro: 'Rewritten after sending.', subject: 'Rewritten' }
    const { docs: versions } = await payload.findVersions({
      collection: 'newsletter-issues',
      where: { parent: { equals: issue.id } },
      sort: 'createdAt',
      limit: 1,
    })
    const attempts = [
      rest('PATCH', `newsletter-issues/${issue.id}`, { body: edit, token: staff.admin.token }),
      rest('PATCH', `newsletter-issues/${issue.id}?draft=true`, { body: edit, token: staff.admin.token }),
      rest('PATCH', `newsletter-issues?where[id][equals]=${issue.id}`, {
        body: { ...edit, ...body },
        token: staff.admin.token,
      }),
      graphqlQuery(
        `mutation { updateNewsletterIssue(id: ${issue.id}, data: { intro: "Rewritten after sending." }) { id } }`,
        staff.admin.token,
      ),
      rest('POST', `newsletter-issues/versions/${versions[0].id}`, { token: staff.admin.token }),
      payload
        .update({ collection: 'newsletter-issues', id: issue.id, data: edit, user: staff.admin, overrideAccess: false })
        .catch(() => undefined),
      jobOutcome(issue.id, staff.admin),
    ]
    for (const attempt of attempts) await attempt
    await settle()

    const { json } = await rest('GET', `newsletter-issues/${issue.id}`)
    expect(json).toMatchObject({ subject, intro: 'Hello.' })
    expect(await archiveSubjects()).toContain(subject)
    expect(
      smtp()
        .to(reader)
        .filter((mail) => mail.parsed.subject === subject),
    ).toHaveLength(1)
  })
})
