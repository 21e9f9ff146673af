// Newsletter issues under editorial review: sensible defaults, the same review rules as
// concepts (an editor drafts and submits, someone else approves, only reviewers schedule or
// send), sending by publishing, sent issues that never change, and what readers can see.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Concept, NewsletterIssue, UseCase } from '@/payload-types'
import { nextSendDate } from '@/newsletter/sendDate'
import { relationId, relationIds } from '@/fields/relationId'
import { rest, rawRest, graphqlQuery } from '../helpers/api'
import { createCategory, createConcept, unique } from '../helpers/fixtures'
import { featurable } from '../helpers/newsletterFixtures'
import { testPayload } from '../helpers/payload'
import { auditTrail, errorMessage, reviewAction, signedIn, type Staff } from '../helpers/review'
import { smtpPeerForThisFile } from '../helpers/smtpPeer'

let payload: Payload
let editor: Staff
let reviewer: Staff
let admin: Staff
let concept: Concept
let useCase: UseCase
const smtp = smtpPeerForThisFile()

beforeAll(async () => {
  payload = await testPayload()
  ;[editor, reviewer, admin] = await Promise.all([
    signedIn(payload, ['editor']),
    signedIn(payload, ['reviewer']),
    signedIn(payload, ['admin']),
  ])
  ;({ concept, useCase } = await featurable(payload))
})

async function draftIssue(by: Staff, data: Partial<NewsletterIssue> = {}): Promise<NewsletterIssue> {
  const response = await rest('POST', 'newsletter-issues?draft=true', {
    body: {
      subject: unique('This week: attention'),
      intro: 'Hello readers.\n\nThis week is about attention.',
      concept: concept.id,
      useCase: useCase.id,
      ...data,
    },
    token: by.token,
  })
  if (response.status !== 201) throw new Error(`Could not draft the issue: ${JSON.stringify(response.json)}`)
  return response.json.doc as NewsletterIssue
}

async function approvedIssue(): Promise<NewsletterIssue> {
  const issue = await draftIssue(editor)
  expect((await reviewAction('newsletter-issues', issue.id, editor.token, 'submit')).status).toBe(200)
  expect((await reviewAction('newsletter-issues', issue.id, reviewer.token, 'approve')).status).toBe(200)
  return issue
}

const publish = (id: number, by: Staff) =>
  rest('PATCH', `newsletter-issues/${id}`, { body: { _status: 'published' }, token: by.token })

/** The archive as any reader sees it through the API. */
async function publicSlugs(): Promise<string[]> {
  const { json } = await rest('GET', 'newsletter-issues?limit=100&depth=0')
  return (json.docs as NewsletterIssue[]).map((issue) => issue.slug)
}

describe('a new issue', () => {
  it('features, by default, a published concept no issue has featured, one of its use cases, and the next Tuesday at 09:00', async () => {
    const withoutUseCase = await createConcept(payload, await createCategory(payload))
    const { json, status } = await rest('POST', 'newsletter-issues?draft=true', {
      body: { subject: unique('Defaults'), intro: 'Hello.' },
      token: editor.token,
    })
    expect(status).toBe(201)
    const issue = json.doc as NewsletterIssue
    const featured = await payload.findByID({ collection: 'concepts', id: relationId(issue.concept)!, depth: 0 })
    expect(featured._status).toBe('published')
    expect(featured.id, 'a concept with no use case cannot be sent').not.toBe(withoutUseCase.id)
    const earlier = await payload.find({
      collection: 'newsletter-issues',
      draft: true,
      where: { id: { not_equals: issue.id } },
      depth: 0,
      limit: 0,
      pagination: false,
    })
    expect(earlier.docs.map((other) => relationId(other.concept))).not.toContain(featured.id)
    const chosenUseCase = await payload.findByID({ collection: 'use-cases', id: relationId(issue.useCase)!, depth: 0 })
    expect(relationIds(chosenUseCase.concepts ?? [])).toContain(featured.id)
    const sendAt = new Date(issue.sendAt)
    expect(sendAt.getUTCDay()).toBe(2)
    expect(sendAt.getUTCHours()).toBe(9)
    expect(sendAt.toISOString()).toBe(nextSendDate(new Date(issue.createdAt), 'UTC').toISOString())
  })

  it('refuses an over-long subject with a 400 that names the field, and stores nothing', async () => {
    const before = (await payload.count({ collection: 'newsletter-issues' })).totalDocs
    const response = await rest('POST', 'newsletter-issues?draft=true', {
      body: { subject: 'x'.repeat(500), intro: 'Hello.' },
      token: editor.token,
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.json)).toMatch(/subject/i)
    expect((await payload.count({ collection: 'newsletter-issues' })).totalDocs).toBe(before)
  })

  it('refuses a slug that belongs to another newsletter page', async () => {
    const response = await rest('POST', 'newsletter-issues?draft=true', {
      body: { subject: 'Unsubscribe', intro: 'Hello.', slug: 'unsubscribe' },
      token: editor.token,
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.json)).toMatch(/address of another page/)
  })
})

describe('review', () => {
  it('keeps drafts from readers, over REST and GraphQL', async () => {
    const issue = await draftIssue(editor)
    expect((await rest('GET', `newsletter-issues/${issue.id}`)).status).toBe(404)
    expect(await publicSlugs()).not.toContain(issue.slug)
    const { json } = await graphqlQuery('{ NewsletterIssues { docs { slug } } }')
    expect(JSON.stringify(json)).not.toContain(issue.slug)
  })

  it('lets no editor send: publishing unreviewed work is refused and nothing goes out', async () => {
    const issue = await draftIssue(editor)
    const response = await publish(issue.id, editor)
    expect(response.status).toBe(403)
    expect(await publicSlugs()).not.toContain(issue.slug)
    expect(
      await payload.count({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: 'sendNewsletterIssue' }, 'input.issue': { equals: issue.id } },
      }),
    ).toMatchObject({ totalDocs: 0 })
  })

  it('lets nobody approve their own issue', async () => {
    const issue = await draftIssue(reviewer)
    await reviewAction('newsletter-issues', issue.id, reviewer.token, 'submit')
    const response = await reviewAction('newsletter-issues', issue.id, reviewer.token, 'approve')
    expect(response.status).toBe(403)
    expect(errorMessage(response.json)).toMatch(/own change/)
  })

  it('refuses a reviewer sending work that was not approved', async () => {
    const issue = await draftIssue(editor)
    await reviewAction('newsletter-issues', issue.id, editor.token, 'submit')
    const response = await publish(issue.id, reviewer)
    expect(response.status).toBe(403)
    expect(await publicSlugs()).not.toContain(issue.slug)
  })

  it('voids an approval when the issue changes after it', async () => {
    const issue = await approvedIssue()
    await rest('PATCH', `newsletter-issues/${issue.id}?draft=true`, {
      body: { intro: 'A different intro.' },
      token: editor.token,
    })
    expect((await publish(issue.id, reviewer)).status).toBe(403)
    expect(await publicSlugs()).not.toContain(issue.slug)
  })

  it('lets only reviewers schedule an approved issue, and records scheduling and cancelling', async () => {
    const issue = await approvedIssue()
    const at = new Date(Date.now() + 3_600_000).toISOString()
    const byEditor = await rest('POST', `newsletter-issues/${issue.id}/schedule`, {
      body: { type: 'publish', at },
      token: editor.token,
    })
    expect(byEditor.status).toBe(403)
    const scheduled = await rest('POST', `newsletter-issues/${issue.id}/schedule`, {
      body: { type: 'publish', at },
      token: reviewer.token,
    })
    expect(scheduled.status).toBe(201)
    const [pending] = scheduled.json.schedules as { id: number }[]
    const cancelled = await rest('DELETE', `newsletter-issues/${issue.id}/schedule/${pending.id}`, {
      token: reviewer.token,
    })
    expect(cancelled.status).toBe(200)
    const actions = (await auditTrail(payload, 'newsletter-issues', issue.id)).map((entry) => entry.action)
    expect(actions).toEqual(['submit', 'approve', 'schedule', 'unschedule'])
    expect(await publicSlugs()).not.toContain(issue.slug)
  })

  it('refuses to schedule an issue that is not approved', async () => {
    const issue = await draftIssue(editor)
    const at = new Date(Date.now() + 3_600_000).toISOString()
    const response = await rest('POST', `newsletter-issues/${issue.id}/schedule`, {
      body: { type: 'publish', at },
      token: reviewer.token,
    })
    expect(response.status).toBe(403)
  })
})

describe('a sent issue', () => {
  let sent: NewsletterIssue

  beforeAll(async () => {
    sent = await approvedIssue()
    const response = await publish(sent.id, reviewer)
    expect(response.status).toBe(200)
  })

  it('is in the public archive once a reviewer sends it', async () => {
    expect(await publicSlugs()).toContain(sent.slug)
    expect((await auditTrail(payload, 'newsletter-issues', sent.id)).map((entry) => entry.action)).toContain('publish')
  })

  it('never changes again: edits, unpublishing and deleting are refused, even for admins', async () => {
    for (const by of [reviewer, admin]) {
      const edit = await rest('PATCH', `newsletter-issues/${sent.id}?draft=true`, {
        body: { intro: 'Rewritten.' },
        token: by.token,
      })
      expect(edit.status).toBe(409)
      expect(errorMessage(edit.json)).toMatch(/has been sent/)
      expect(
        (await rest('PATCH', `newsletter-issues/${sent.id}`, { body: { _status: 'draft' }, token: by.token })).status,
      ).toBe(409)
      expect((await rest('DELETE', `newsletter-issues/${sent.id}`, { token: by.token })).status).toBe(409)
    }
    const { json } = await rest('GET', `newsletter-issues/${sent.id}`)
    expect(json.intro).toBe((sent as NewsletterIssue).intro)
    expect(await publicSlugs()).toContain(sent.slug)
  })
})

describe('the admin’s tools', () => {
  it('sends a test of the draft to the signed-in person only', async () => {
    const issue = await draftIssue(editor)
    const response = await rest('POST', `newsletter-issues/${issue.id}/test-send`, { body: {}, token: editor.token })
    expect(response.status).toBe(200)
    const tests = () => smtp().received.filter((mail) => mail.parsed.subject?.startsWith('[Test] '))
    await expect.poll(() => tests().length).toBe(1)
    const [mail] = tests()
    expect(mail.to).toEqual([editor.email])
    expect(mail.parsed.subject).toBe(`[Test] ${issue.subject}`)
    expect(mail.parsed.html).toContain(concept.title)
    expect(mail.parsed.text).toContain(concept.title)
    expect(mail.parsed.text).toContain(useCase.title)
  })

  it('refuses a test send to anyone signed out, and to an issue that does not exist', async () => {
    const issue = await draftIssue(editor)
    expect((await rest('POST', `newsletter-issues/${issue.id}/test-send`, { body: {} })).status).toBe(401)
    expect((await rest('POST', 'newsletter-issues/abc/test-send', { body: {}, token: editor.token })).status).toBe(404)
    expect((await rest('POST', 'newsletter-issues/999999/test-send', { body: {}, token: editor.token })).status).toBe(
      404,
    )
  })

  it('shows staff the subscriber counts but never the addresses, which are for admins', async () => {
    await payload.create({
      collection: 'subscribers',
      data: {
        email: `${unique('reader').replace(/\W/g, '')}@example.test`,
        status: 'confirmed',
        confirmedAt: new Date().toISOString(),
      },
      overrideAccess: true,
    })
    const counts = await rest('GET', 'subscribers/counts', { token: editor.token })
    expect(counts.status).toBe(200)
    expect(counts.json.confirmed).toBeGreaterThan(0)
    expect((await rest('GET', 'subscribers/counts')).status).toBe(401)
    expect((await rest('GET', 'subscribers', { token: reviewer.token })).status).toBe(403)
    expect((await rawRest('GET', 'subscribers/export.csv', { token: reviewer.token })).status).toBe(403)
  })

  it('lets an admin export the list as CSV and one reader’s data as JSON, then delete it', async () => {
    const email = `${unique('gdpr').replace(/\W/g, '')}@example.test`
    const reader = await payload.create({
      collection: 'subscribers',
      data: {
        email,
        status: 'confirmed',
        consentSource: 'home',
        consentAt: new Date().toISOString(),
        confirmTokenHash: 'secret-hash',
      },
      overrideAccess: true,
    })
    const csv = await rawRest('GET', 'subscribers/export.csv', { token: admin.token })
    expect(csv.status).toBe(200)
    expect(csv.text.split('\r\n')[0]).toBe('email,status,consentAt,consentSource,confirmedAt,unsubscribedAt,bouncedAt')
    expect(csv.text).toContain(`${email},confirmed,`)
    const record = await rest('GET', `subscribers/${reader.id}/export`, { token: admin.token })
    expect(record.status).toBe(200)
    expect(record.json.subscriber).toMatchObject({ email, consentSource: 'home' })
    expect(JSON.stringify(record.json)).not.toContain('secret-hash')
    expect((await rest('DELETE', `subscribers/${reader.id}`, { token: admin.token })).status).toBe(200)
    expect((await rawRest('GET', 'subscribers/export.csv', { token: admin.token })).text).not.toContain(email)
  })

  it('keeps subscribers out of everyone’s hands but the sign-up form: nobody creates or edits one through the API', async () => {
    const created = await rest('POST', 'subscribers', {
      body: { email: 'sneaky@example.test', status: 'confirmed' },
      token: admin.token,
    })
    expect(created.status).toBe(403)
    expect(
      (await payload.count({ collection: 'subscribers', where: { email: { equals: 'sneaky@example.test' } } }))
        .totalDocs,
    ).toBe(0)
  })
})
