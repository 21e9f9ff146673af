// An approval covers what the reviewer saw: the version their review status gave (`seen`) is
// checked inside the approving write, through REST and GraphQL alike (hooks/approvalAsSeen.ts).
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Category } from '@/payload-types'
import { richText } from '@/seed/richText'
import { graphqlQuery, rest } from '../helpers/api'
import { draftThroughApi, reviewStatesOf, writeConceptWithCompanions } from '../helpers/companions'
import { createCategory } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { errorMessage, reviewAction, signedIn, type Staff } from '../helpers/review'

let payload: Payload
let category: Category
let editor: Staff
let reviewer: Staff

beforeAll(async () => {
  payload = await testPayload()
  category = await createCategory(payload)
  editor = await signedIn(payload, ['editor'])
  reviewer = await signedIn(payload, ['reviewer'])
})

const stateOf = async (collection: 'concepts' | 'faqs', id: number) =>
  (await payload.findByID({ collection, id, draft: true, depth: 0 })).review?.state

/** An FAQ the editor adds to the concept and submits: a change the reviewer has not seen. */
async function submitLateFaq(conceptId: number): Promise<number> {
  const late = await draftThroughApi(
    'faqs',
    { question: 'A late question?', answer: richText(['Never seen.']), concept: conceptId, order: 9 },
    editor,
  )
  expect((await reviewAction('faqs', late, editor.token, 'submit')).status).toBe(200)
  return late
}

describe('an approval', () => {
  const versionSeenBy = async (staff: Staff, id: number) =>
    (await rest('GET', `concepts/${id}/review`, { token: staff.token })).json.version as string
  const approve = (id: number, seen: string) =>
    rest('POST', `concepts/${id}/review`, { body: { action: 'approve', seen }, token: reviewer.token })

  it('from a review opened before an FAQ was submitted is refused, and approves nothing until reloaded', async () => {
    const written = await writeConceptWithCompanions(category, editor)
    await reviewAction('concepts', written.concept.id, editor.token, 'submit')
    const opened = await versionSeenBy(reviewer, written.concept.id)
    const late = await submitLateFaq(written.concept.id)

    const stale = await approve(written.concept.id, opened)
    expect(stale.status).toBe(409)
    expect(errorMessage(stale.json)).toMatch(/This changed after you opened it: reload/)
    expect([await stateOf('concepts', written.concept.id), await stateOf('faqs', late)]).toEqual([
      'in_review',
      'in_review',
    ])

    expect((await approve(written.concept.id, await versionSeenBy(reviewer, written.concept.id))).status).toBe(200)
    expect([await stateOf('concepts', written.concept.id), await stateOf('faqs', late)]).toEqual([
      'approved',
      'approved',
    ])
  })

  it('with a `seen` that is not a version string is a 400 that says why, and approves nothing', async () => {
    const written = await writeConceptWithCompanions(category, editor)
    await reviewAction('concepts', written.concept.id, editor.token, 'submit')
    const opened = await versionSeenBy(reviewer, written.concept.id)
    const response = await rest('POST', `concepts/${written.concept.id}/review`, {
      body: { action: 'approve', seen: [opened] },
      token: reviewer.token,
    })
    expect(response.status).toBe(400)
    expect(errorMessage(response.json)).toBe('`seen` must be the version your review status gave, as a string.')
    expect(await reviewStatesOf(payload, written)).toEqual(Array(5).fill('in_review'))
  })

  it('of work that is not in review is refused for that, even with the version its status gives', async () => {
    const written = await writeConceptWithCompanions(category, editor)
    const id = written.concept.id
    await reviewAction('concepts', id, editor.token, 'submit')
    expect((await approve(id, await versionSeenBy(reviewer, id))).status).toBe(200)
    expect(
      (await rest('PATCH', `concepts/${id}`, { body: { _status: 'published' }, token: reviewer.token })).status,
    ).toBe(200)

    const again = await approve(id, await versionSeenBy(reviewer, id))
    expect(again.status).toBe(403)
    expect(errorMessage(again.json)).toBe('Only work submitted for review can be approved.')
    expect(await stateOf('concepts', id)).toBe('published')
  })

  /**
   * Runs `change` once, in its own requests, at a point inside the next approval's write of the
   * concept: once its transaction has begun ('start'), or once the concept is written and its
   * companions are about to follow ('companions').
   */
  function duringNextApproval(point: 'start' | 'companions', change: () => Promise<void>) {
    const hooks = payload.collections.concepts.config.hooks
    let pending = true
    const once = async ({ context }: { context: { 'review:action'?: { action: string } } }) => {
      if (!pending || context['review:action']?.action !== 'approve') return
      pending = false
      await change()
    }
    if (point === 'start') hooks.beforeOperation.push(once)
    else hooks.afterChange.unshift(once)
    return () => {
      hooks.beforeOperation = hooks.beforeOperation.filter((hook) => hook !== once)
      hooks.afterChange = hooks.afterChange.filter((hook) => hook !== once)
    }
  }

  for (const point of ['start', 'companions'] as const) {
    it(`takes nothing submitted while it is under way (${point === 'start' ? 'as it starts' : 'as its companions follow'}): a 409, and nothing is approved`, async () => {
      const written = await writeConceptWithCompanions(category, editor)
      await reviewAction('concepts', written.concept.id, editor.token, 'submit')
      const opened = await versionSeenBy(reviewer, written.concept.id)
      let late = 0
      const restore = duringNextApproval(point, async () => {
        late = await draftThroughApi(
          'faqs',
          { question: 'A racing question?', answer: richText(['Slipped in.']), concept: written.concept.id, order: 9 },
          editor,
        )
        expect((await reviewAction('faqs', late, editor.token, 'submit')).status).toBe(200)
      })
      try {
        const racing = await approve(written.concept.id, opened)
        expect(racing.status).toBe(409)
        expect(errorMessage(racing.json)).toMatch(/This changed after you opened it: reload/)
      } finally {
        restore()
      }
      expect(late).toBeGreaterThan(0)
      expect([await stateOf('concepts', written.concept.id), await stateOf('faqs', late)]).toEqual([
        'in_review',
        'in_review',
      ])
    })
  }
})

describe('an approval through GraphQL', () => {
  const statusOf = async (id: number, staff: Staff) => {
    const answer = await graphqlQuery(
      `query { reviewStatus(collection: concepts, id: ${id}) { state stateLabel version } }`,
      staff.token,
    )
    return (answer.json.data as { reviewStatus: { state: string; stateLabel: string; version: string } }).reviewStatus
  }
  const approve = (id: number, seen: string) =>
    graphqlQuery(
      `mutation { reviewAction(collection: concepts, id: ${id}, action: approve, seen: ${JSON.stringify(seen)}) { state version } }`,
      reviewer.token,
    )

  it('checks the version the reviewer saw, as REST does: a stale one approves nothing, the current one approves', async () => {
    const written = await writeConceptWithCompanions(category, editor)
    const id = written.concept.id
    await reviewAction('concepts', id, editor.token, 'submit')
    const opened = await statusOf(id, reviewer)
    expect(opened).toMatchObject({ state: 'in_review', stateLabel: 'In review' })
    expect(opened.version).toBe((await rest('GET', `concepts/${id}/review`, { token: reviewer.token })).json.version)
    const late = await submitLateFaq(id)

    const stale = await approve(id, opened.version)
    expect(JSON.stringify(stale.json.errors)).toMatch(/This changed after you opened it: reload/)
    expect([await stateOf('concepts', id), await stateOf('faqs', late)]).toEqual(['in_review', 'in_review'])

    const current = await statusOf(id, reviewer)
    expect(current.version).not.toBe(opened.version)
    const approved = await approve(id, current.version)
    expect(approved.json.errors).toBeUndefined()
    expect(approved.json.data).toEqual({ reviewAction: { state: 'approved', version: expect.any(String) } })
    expect([await stateOf('concepts', id), await stateOf('faqs', late)]).toEqual(['approved', 'approved'])
  })

  it('gives the review status to staff only', async () => {
    const written = await writeConceptWithCompanions(category, editor)
    const anonymous = await graphqlQuery(
      `query { reviewStatus(collection: concepts, id: ${written.concept.id}) { state version } }`,
    )
    expect(JSON.stringify(anonymous.json.errors)).toMatch(/Sign in to use the review workflow/)
    expect(anonymous.json.data?.reviewStatus ?? null).toBeNull()
  })
})
