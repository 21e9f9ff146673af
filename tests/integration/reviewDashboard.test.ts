// The counts at the top of the admin dashboard, as each person's work moves through review.
import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'
import type { Category } from '@/payload-types'
import { reviewCounts } from '@/review/queries/reviewQueue'
import { createCategory } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { draftReadyConcept, reviewAction, signedIn, type Staff } from '../helpers/review'

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

it('counts what awaits review, what is approved, and each editor’s own changes', async () => {
  const before = await reviewCounts(payload, reviewer)
  const concept = await draftReadyConcept(payload, category, editor)
  expect(await reviewCounts(payload, editor)).toMatchObject({ mineInReview: 0, changesRequestedForMe: 0 })

  await reviewAction('concepts', concept.id, editor.token, 'submit')
  expect(await reviewCounts(payload, editor)).toMatchObject({
    awaitingReview: before.awaitingReview + 1,
    mineInReview: 1,
  })
  expect(await reviewCounts(payload, reviewer)).toMatchObject({ mineInReview: 0 })

  await reviewAction('concepts', concept.id, reviewer.token, 'request_changes', 'Add a source.')
  expect(await reviewCounts(payload, editor)).toMatchObject({
    awaitingReview: before.awaitingReview,
    mineInReview: 0,
    changesRequestedForMe: 1,
  })

  await reviewAction('concepts', concept.id, editor.token, 'submit')
  await reviewAction('concepts', concept.id, reviewer.token, 'approve')
  expect(await reviewCounts(payload, editor)).toMatchObject({
    awaitingReview: before.awaitingReview,
    approved: before.approved + 1,
    mineInReview: 0,
    changesRequestedForMe: 0,
  })
})
