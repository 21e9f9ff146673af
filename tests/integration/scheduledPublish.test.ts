// Scheduled publishing through Payload's jobs queue and the job runner that starts with
// Payload (checking every second in tests), under the same review rules.
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Category } from '@/payload-types'
import { rest } from '../helpers/api'
import { createCategory } from '../helpers/fixtures'
import { richText } from '@/seed/richText'
import { testPayload } from '../helpers/payload'
import { scheduleReviewed } from '@/review/schedule/schedule'
import { scheduleFromAdmin } from '@/review/schedule/schedulePublishServerFunction'
import { getUpcomingScheduledPublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'
import { auditTrail, draftReadyConcept, errorMessage, reviewAction, signedIn, type Staff } from '../helpers/review'

let payload: Payload
let category: Category
let editor: Staff
let reviewer: Staff

/** What the admin's "Schedule publish" drawer does. */
function schedule(id: number, by: Staff, type: 'publish' | 'unpublish', inSeconds: number) {
  return scheduleReviewed(payload, {
    type,
    doc: { relationTo: 'concepts', value: id },
    date: new Date(Date.now() + inSeconds * 1000),
    user: by,
  })
}

/** The drawer's request: publish this concept a minute from now. */
const inAMinute = (id: number) => ({
  type: 'publish' as const,
  doc: { relationTo: 'concepts', value: id },
  date: new Date(Date.now() + 60_000).toISOString(),
})

type UpcomingArgs = Parameters<typeof getUpcomingScheduledPublishHandler>[0]

/** What the Schedule drawer lists for the document (the handler reads only these three arguments). */
async function upcoming(id: number, by: Staff) {
  const req = await createLocalReq({ user: by }, payload)
  return getUpcomingScheduledPublishHandler({ id, collectionSlug: 'concepts', req } as UpcomingArgs)
}

/** The audit entry of a schedule that a write cancelled, naming who wrote and why. */
const cancellation = (user: number, because: RegExp) => ({
  action: 'unschedule',
  user,
  comment: expect.stringMatching(because),
})

/** The concept's latest audit entries, oldest first. */
const latestAudit = async (id: number, count = 1) => (await auditTrail(payload, 'concepts', id)).slice(-count)

async function publicStatus(id: number): Promise<number> {
  return (await rest('GET', `concepts/${id}`)).status
}

async function waitForPublicStatus(id: number, status: number) {
  await expect.poll(() => publicStatus(id), { timeout: 20_000, interval: 250 }).toBe(status)
}

beforeAll(async () => {
  payload = await testPayload()
  category = await createCategory(payload)
  editor = await signedIn(payload, ['editor'])
  reviewer = await signedIn(payload, ['reviewer'])
})

// Schedules still pending here (a minute ahead) would publish in the middle of a later file.
afterAll(async () => {
  await payload.delete({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'schedulePublish' }, completedAt: { exists: false } },
  })
})

describe('scheduled publishing', () => {
  it('publishes approved work at the chosen time, then unpublishes it, and records both schedules', async () => {
    const concept = await draftReadyConcept(payload, category, editor)
    await reviewAction('concepts', concept.id, editor.token, 'submit')
    await reviewAction('concepts', concept.id, reviewer.token, 'approve')

    await schedule(concept.id, reviewer, 'publish', 2)
    expect(await publicStatus(concept.id)).toBe(404)
    await waitForPublicStatus(concept.id, 200)
    const live = await rest('GET', `concepts/${concept.id}`)
    expect(live.json.reviewedBy).toBe(reviewer.name)

    await schedule(concept.id, reviewer, 'unpublish', 1)
    await waitForPublicStatus(concept.id, 404)

    const docs = await auditTrail(payload, 'concepts', concept.id)
    expect(docs.map((entry) => [entry.action, entry.user])).toEqual([
      ['submit', editor.id],
      ['approve', reviewer.id],
      ['schedule', reviewer.id],
      ['publish', reviewer.id],
      ['schedule', reviewer.id],
      ['unpublish', reviewer.id],
    ])
  })

  it('drops a publish scheduled on an approval once the approved change is edited, and says why', async () => {
    const concept = await draftReadyConcept(payload, category, editor)
    await reviewAction('concepts', concept.id, editor.token, 'submit')
    await reviewAction('concepts', concept.id, reviewer.token, 'approve')
    await schedule(concept.id, reviewer, 'publish', 2)
    expect(await upcoming(concept.id, reviewer)).toHaveLength(1)

    const edit = await rest('PATCH', `concepts/${concept.id}?draft=true`, {
      body: { summary: 'Unreviewed words.' },
      token: editor.token,
    })
    expect(edit.status).toBe(200)
    expect(await upcoming(concept.id, reviewer)).toEqual([])
    const [last] = await latestAudit(concept.id)
    expect(last).toMatchObject(cancellation(editor.id, /^Cancelled: publish at .*, as the approved change was edited$/))
    expect(await publicStatus(concept.id)).toBe(404)
  })

  it('drops a publish scheduled on an approval once the reviewer asks for changes', async () => {
    const concept = await draftReadyConcept(payload, category, editor)
    await reviewAction('concepts', concept.id, editor.token, 'submit')
    await reviewAction('concepts', concept.id, reviewer.token, 'approve')
    await schedule(concept.id, reviewer, 'publish', 60)

    const sentBack = await reviewAction('concepts', concept.id, reviewer.token, 'request_changes', 'One more source.')
    expect(sentBack.status).toBe(200)
    expect(await upcoming(concept.id, reviewer)).toEqual([])
    const [dropped, requested] = await latestAudit(concept.id, 2)
    expect(dropped).toMatchObject(cancellation(reviewer.id, /^Cancelled: publish at .*, as changes were requested$/))
    expect(requested).toMatchObject({ action: 'request_changes', comment: 'One more source.' })
  })

  it('drops a concept’s scheduled publish when its FAQ changes after the approval, and schedules none until that change is reviewed', async () => {
    const concept = await draftReadyConcept(payload, category, editor)
    const faq = await rest('POST', 'faqs?draft=true', {
      body: { question: 'Approved with its concept?', answer: richText(['Yes.']), concept: concept.id },
      token: editor.token,
    })
    const faqId = (faq.json.doc as { id: number }).id
    await reviewAction('concepts', concept.id, editor.token, 'submit')
    await reviewAction('concepts', concept.id, reviewer.token, 'approve')
    await schedule(concept.id, reviewer, 'publish', 2)

    const edit = await rest('PATCH', `faqs/${faqId}?draft=true`, {
      body: { question: 'Changed after the approval?' },
      token: editor.token,
    })
    expect(edit.status).toBe(200)
    expect(await upcoming(concept.id, reviewer)).toEqual([])
    const [last] = await latestAudit(concept.id)
    expect(last).toMatchObject(
      cancellation(
        editor.id,
        /^Cancelled: publish at .*, as its FAQ “Changed after the approval\?” changed after the approval$/,
      ),
    )
    await expect(schedule(concept.id, reviewer, 'publish', 60)).rejects.toThrow(
      /^The FAQ “Changed after the approval\?” changed after this concept was approved/,
    )
    expect(await upcoming(concept.id, reviewer)).toEqual([])
    await new Promise((resolve) => setTimeout(resolve, 3_000))
    expect(await publicStatus(concept.id)).toBe(404)
  })

  it('drops a concept’s scheduled publish when an unreviewed FAQ of another concept is moved to it', async () => {
    const [scheduled, other] = [
      await draftReadyConcept(payload, category, editor),
      await draftReadyConcept(payload, category, editor),
    ]
    await reviewAction('concepts', scheduled.id, editor.token, 'submit')
    await reviewAction('concepts', scheduled.id, reviewer.token, 'approve')
    const faq = await rest('POST', 'faqs?draft=true', {
      body: { question: 'Written for the other concept?', answer: richText(['Yes.']), concept: other.id },
      token: editor.token,
    })
    await schedule(scheduled.id, reviewer, 'publish', 60)

    const moved = await rest('PATCH', `faqs/${(faq.json.doc as { id: number }).id}?draft=true`, {
      body: { concept: scheduled.id },
      token: editor.token,
    })
    expect(moved.status).toBe(200)
    expect(await upcoming(scheduled.id, reviewer)).toEqual([])
    const [last] = await latestAudit(scheduled.id)
    expect(last).toMatchObject(
      cancellation(editor.id, /^Cancelled: publish at .*, as its FAQ “Written for the other concept\?” changed after/),
    )
  })

  it('refuses to schedule work that is not approved, or by an editor', async () => {
    const concept = await draftReadyConcept(payload, category, editor)
    await expect(schedule(concept.id, reviewer, 'publish', 1)).rejects.toMatchObject({
      status: 403,
      message: 'Only approved work can be scheduled for publishing.',
    })
    await expect(schedule(concept.id, editor, 'publish', 1)).rejects.toMatchObject({
      status: 403,
      message: 'Only reviewers and admins schedule publishing.',
    })
    expect(await upcoming(concept.id, reviewer)).toEqual([])
  })

  it('works the same from the admin’s Schedule drawer, which shows the rule as its error', async () => {
    const concept = await draftReadyConcept(payload, category, editor)
    const asEditor = await scheduleFromAdmin(inAMinute(concept.id), await createLocalReq({ user: editor }, payload))
    expect(asEditor).toEqual({ error: 'Only reviewers and admins schedule publishing.' })

    await reviewAction('concepts', concept.id, editor.token, 'submit')
    await reviewAction('concepts', concept.id, reviewer.token, 'approve')
    const asReviewer = await scheduleFromAdmin(inAMinute(concept.id), await createLocalReq({ user: reviewer }, payload))
    expect(asReviewer).toEqual({ message: expect.any(String) })
    expect(await upcoming(concept.id, reviewer)).toEqual([
      expect.objectContaining({ input: expect.objectContaining({ type: 'publish' }) }),
    ])
    expect((await auditTrail(payload, 'concepts', concept.id)).map((entry) => entry.action)).toContain('schedule')
  })

  it('lists a document’s pending schedules in the drawer, and lets only reviewers and admins cancel one, recorded', async () => {
    const concept = await draftReadyConcept(payload, category, editor)
    await reviewAction('concepts', concept.id, editor.token, 'submit')
    await reviewAction('concepts', concept.id, reviewer.token, 'approve')
    await scheduleFromAdmin(inAMinute(concept.id), await createLocalReq({ user: reviewer }, payload))
    const [pending] = await upcoming(concept.id, reviewer)

    const byEditor = await scheduleFromAdmin(
      { type: 'publish', deleteID: pending.id },
      await createLocalReq({ user: editor }, payload),
    )
    expect(byEditor).toEqual({ error: 'Only reviewers and admins cancel a scheduled publish.' })
    expect(await upcoming(concept.id, reviewer)).toHaveLength(1)

    const otherReviewer = await signedIn(payload, ['reviewer'])
    const cancelled = await scheduleFromAdmin(
      { type: 'publish', deleteID: pending.id },
      await createLocalReq({ user: otherReviewer }, payload),
    )
    expect(cancelled).toEqual({ message: expect.any(String) })
    expect(await upcoming(concept.id, reviewer)).toEqual([])
    const [entry] = (await auditTrail(payload, 'concepts', concept.id)).filter((audit) => audit.action === 'unschedule')
    expect(entry).toMatchObject({ user: otherReviewer.id, comment: expect.stringMatching(/^Cancelled: publish at /) })
  })

  it('takes the concept’s approved FAQ live with it when the job runs', async () => {
    const concept = await draftReadyConcept(payload, category, editor)
    const faq = await rest('POST', 'faqs?draft=true', {
      body: {
        question: 'Scheduled with its concept?',
        answer: richText(['Yes, in the same job.']),
        concept: concept.id,
      },
      token: editor.token,
    })
    const faqId = (faq.json.doc as { id: number }).id
    await reviewAction('concepts', concept.id, editor.token, 'submit')
    await reviewAction('concepts', concept.id, reviewer.token, 'approve')

    await schedule(concept.id, reviewer, 'publish', 1)
    await waitForPublicStatus(concept.id, 200)
    expect((await rest('GET', `faqs/${faqId}`)).json.question).toBe('Scheduled with its concept?')
  })
})

describe('the schedule endpoints', () => {
  it('schedule, list and cancel under the drawer’s rules, with a 400 for bad input', async () => {
    const concept = await draftReadyConcept(payload, category, editor)
    const path = `concepts/${concept.id}/schedule`
    const at = new Date(Date.now() + 3_600_000).toISOString()
    const byEditor = await rest('POST', path, { body: { type: 'publish', at }, token: editor.token })
    expect(byEditor.status).toBe(403)
    expect(errorMessage(byEditor.json)).toBe('Only reviewers and admins schedule publishing.')
    expect(
      errorMessage((await rest('POST', path, { body: { type: 'publish', at }, token: reviewer.token })).json),
    ).toBe('Only approved work can be scheduled for publishing.')
    for (const body of [{ type: 'republish', at }, { type: 'publish', at: 'tomorrow-ish' }, { type: 'publish' }]) {
      const response = await rest('POST', path, { body, token: reviewer.token })
      expect(response.status).toBe(400)
      expect(errorMessage(response.json)).toMatch(/"type" must be|"at" must be/)
    }
    expect((await rest('GET', path, { token: reviewer.token })).json).toEqual({ schedules: [] })

    await reviewAction('concepts', concept.id, editor.token, 'submit')
    await reviewAction('concepts', concept.id, reviewer.token, 'approve')
    const created = await rest('POST', path, { body: { type: 'publish', at }, token: reviewer.token })
    expect(created.status).toBe(201)
    const [schedule] = (created.json as { schedules: { id: number; type: string; at: string }[] }).schedules
    expect(schedule).toMatchObject({ type: 'publish', at })

    const other = await draftReadyConcept(payload, category, editor)
    expect(
      (await rest('DELETE', `concepts/${other.id}/schedule/${schedule.id}`, { token: reviewer.token })).status,
    ).toBe(404)
    expect((await rest('DELETE', `${path}/${schedule.id}`, { token: editor.token })).status).toBe(403)
    expect((await rest('GET', path, { token: editor.token })).json).toEqual({ schedules: [schedule] })
    expect((await rest('DELETE', `${path}/${schedule.id}`, { token: reviewer.token })).json).toEqual({ schedules: [] })
    expect((await auditTrail(payload, 'concepts', concept.id)).map((entry) => entry.action)).toEqual([
      'submit',
      'approve',
      'schedule',
      'unschedule',
    ])
  })
})

describe('expiring cached pages from outside a request', () => {
  it('marks the page’s tags expired for every instance, after the publish has committed', async () => {
    const concept = await draftReadyConcept(payload, category, editor)
    await reviewAction('concepts', concept.id, editor.token, 'submit')
    await reviewAction('concepts', concept.id, reviewer.token, 'approve')
    const published = await payload.update({
      collection: 'concepts',
      id: concept.id,
      data: { _status: 'published' },
      req: await createLocalReq({ user: reviewer }, payload),
    })
    const expiries = async () =>
      (
        await (payload.db as unknown as PostgresAdapter).pool.query<{ tag: string; expiredAt: number }>(
          'select tag, expired_at as "expiredAt" from groundwork_cache_tags where tag = any($1)',
          [[`concept:${published.slug}`, 'concepts']],
        )
      ).rows
    // Other publishes expired the same broad tags earlier: only expiries after this publish count.
    const publishedAt = new Date(published.updatedAt).getTime()
    const expiredSincePublish = async () =>
      (await expiries())
        .filter((row) => row.expiredAt >= publishedAt)
        .map((row) => row.tag)
        .sort()
    await expect.poll(expiredSincePublish, { timeout: 5_000 }).toEqual([`concept:${published.slug}`, 'concepts'])
  })
})
