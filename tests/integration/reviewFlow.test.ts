// One change travels the whole review through the real REST handlers: submitted,
// sent back, fixed, approved, voided by an edit, approved again and published.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Category, Concept } from '@/payload-types'
import { rest } from '../helpers/api'
import { createCategory, unique } from '../helpers/fixtures'
import { capturedMailTo } from '../helpers/mailbox'
import { testPayload } from '../helpers/payload'
import {
  addLinkedContent,
  auditTrail,
  draftReadyConcept,
  errorMessage,
  readyConceptData,
  reviewAction,
  signedIn,
  type Staff,
} from '../helpers/review'

let payload: Payload
let category: Category
let editor: Staff
let reviewer: Staff
let concept: Concept

const unfold = (message: string) => message.replace(/=\r?\n/g, '')

async function reviewState(id: number) {
  const draft = await payload.findByID({ collection: 'concepts', id, draft: true, depth: 0 })
  return draft.review?.state
}

async function publicSummary(id: number) {
  const response = await rest('GET', `concepts/${id}`)
  return response.status === 200 ? response.json.summary : null
}

beforeAll(async () => {
  payload = await testPayload()
  category = await createCategory(payload)
  editor = await signedIn(payload, ['editor'])
  reviewer = await signedIn(payload, ['reviewer'])
  concept = await draftReadyConcept(payload, category, editor)
})

describe('a change under review', () => {
  it('is submitted by its author, and reviewers are emailed a link to it', async () => {
    const response = await reviewAction('concepts', concept.id, editor.token, 'submit')
    expect(response.status).toBe(200)
    expect(response.json.state).toBe('in_review')
    const [mail] = capturedMailTo(reviewer.email)
    expect(mail).toMatch(/^Subject: Review requested: Reviewed concept/m)
    expect(unfold(mail)).toContain(`http://groundwork.test/admin/collections/concepts/${concept.id}`)
    expect(capturedMailTo(editor.email)).toHaveLength(0)
  })

  it('tells reviewers who asked and what, in lines no title or name can forge', async () => {
    const forger = await signedIn(payload, ['editor'])
    const fake = '\n\nReview it: https://elsewhere.example/admin\n'
    await payload.update({ collection: 'users', id: forger.id, data: { name: `Ed${fake}` } })
    const draft = await rest('POST', 'concepts?draft=true', {
      body: { ...readyConceptData(category), title: unique(`Forged${fake}`) },
      token: forger.token,
    })
    const forged = draft.json.doc as Concept
    await addLinkedContent(payload, forged.id)
    expect((await reviewAction('concepts', forged.id, forger.token, 'submit')).status).toBe(200)
    const mail = unfold(capturedMailTo(reviewer.email).at(-1)!)
    expect(mail).toMatch(/^Ed Review it: https:\/\/elsewhere\.example\/admin submitted the concept /m)
    expect(mail.match(/^Review it: .*$/gm)).toEqual([
      `Review it: http://groundwork.test/admin/collections/concepts/${forged.id}`,
    ])
  })

  it('cannot be approved by its author', async () => {
    const asReviewerAuthor = await signedIn(payload, ['editor', 'reviewer'])
    const own = await draftReadyConcept(payload, category, asReviewerAuthor)
    await reviewAction('concepts', own.id, asReviewerAuthor.token, 'submit')
    const response = await reviewAction('concepts', own.id, asReviewerAuthor.token, 'approve')
    expect(response.status).toBe(403)
    expect(errorMessage(response.json)).toMatch(/Nobody approves their own change/)
    expect(await reviewState(own.id)).toBe('in_review')
  })

  it('needs a comment to be sent back, and the author is emailed it', async () => {
    const silent = await reviewAction('concepts', concept.id, reviewer.token, 'request_changes', '  ')
    expect(silent.status).toBe(400)
    expect(errorMessage(silent.json)).toMatch(/comment is required/)
    expect(await reviewState(concept.id)).toBe('in_review')

    const response = await reviewAction(
      'concepts',
      concept.id,
      reviewer.token,
      'request_changes',
      'Say where the idea came from.',
    )
    expect(response.status).toBe(200)
    expect(response.json.state).toBe('changes_requested')
    const [mail] = capturedMailTo(editor.email)
    expect(mail).toMatch(/^Subject: Changes requested:/m)
    expect(unfold(mail)).toMatch(/^> Say where the idea came from\.$/m)
  })

  it('is fixed and resubmitted, then approved, and the author hears of it', async () => {
    const edit = await rest('PATCH', `concepts/${concept.id}?draft=true`, {
      body: { summary: 'The second summary, with its origin.' },
      token: editor.token,
    })
    expect(edit.status).toBe(200)
    expect(await reviewState(concept.id)).toBe('changes_requested')
    expect((await reviewAction('concepts', concept.id, editor.token, 'submit')).status).toBe(200)
    const approval = await reviewAction('concepts', concept.id, reviewer.token, 'approve')
    expect(approval.status).toBe(200)
    expect(approval.json.state).toBe('approved')
    expect(capturedMailTo(editor.email).at(-1)).toMatch(/^Subject: Approved:/m)
  })

  it('loses its approval when the draft is edited again, and cannot then be published', async () => {
    await rest('PATCH', `concepts/${concept.id}?draft=true`, {
      body: { subtitle: 'A late addition' },
      token: editor.token,
    })
    expect(await reviewState(concept.id)).toBe('draft')
    const publish = await rest('PATCH', `concepts/${concept.id}`, {
      body: { _status: 'published' },
      token: reviewer.token,
    })
    expect(publish.status).toBe(403)
    expect(errorMessage(publish.json)).toMatch(/Only approved work can be published/)
    expect(await publicSummary(concept.id)).toBeNull()
  })

  it('is published by a reviewer once approved, and readers see who reviewed it', async () => {
    await reviewAction('concepts', concept.id, editor.token, 'submit')
    await reviewAction('concepts', concept.id, reviewer.token, 'approve')
    const publish = await rest('PATCH', `concepts/${concept.id}`, {
      body: { _status: 'published' },
      token: reviewer.token,
    })
    expect(publish.status).toBe(200)
    const live = await rest('GET', `concepts/${concept.id}`)
    expect(live.json.summary).toBe('The second summary, with its origin.')
    expect(live.json.reviewedBy).toBe(reviewer.name)
    expect(live.json.reviewedAt).toEqual(expect.any(String))
    expect(live.json.review).toBeUndefined()
  })

  it('keeps the live version while a new draft of it waits for review', async () => {
    const edit = await rest('PATCH', `concepts/${concept.id}?draft=true`, {
      body: { summary: 'A third summary, not yet reviewed.' },
      token: editor.token,
    })
    expect(edit.status).toBe(200)
    expect(await reviewState(concept.id)).toBe('draft')
    expect(await publicSummary(concept.id)).toBe('The second summary, with its origin.')
  })

  it('leaves every step in the audit log, with the version it applied to', async () => {
    const docs = await auditTrail(payload, 'concepts', concept.id)
    const steps = docs.map((entry) => [entry.action, entry.user])
    expect(steps).toEqual([
      ['submit', editor.id],
      ['request_changes', reviewer.id],
      ['submit', editor.id],
      ['approve', reviewer.id],
      ['submit', editor.id],
      ['approve', reviewer.id],
      ['publish', reviewer.id],
    ])
    expect(docs[1].comment).toBe('Say where the idea came from.')
    const version = await payload.findVersionByID({ collection: 'concepts', id: docs[6].version!, depth: 0 })
    expect(version.parent).toBe(concept.id)
  })

  it('shows its history to the author through the review endpoint', async () => {
    const response = await rest('GET', `concepts/${concept.id}/review`, { token: editor.token })
    expect(response.status).toBe(200)
    const history = response.json.history as { action: string; comment: string | null }[]
    expect(history.map((entry) => entry.action)).toContain('request_changes')
    expect(history.find((entry) => entry.action === 'request_changes')?.comment).toBe('Say where the idea came from.')
    expect(await rest('GET', `concepts/${concept.id}/review`)).toMatchObject({ status: 401 })
  })
})
