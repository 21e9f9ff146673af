// A new concept written with its use case and FAQs is one change: one submit, one review,
// one approval and one publish take all of them live together, through the real REST handlers.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Category } from '@/payload-types'
import { richText } from '@/seed/richText'
import { graphqlQuery, rest } from '../helpers/api'
import {
  draftThroughApi,
  reviewStatesOf,
  writeConceptWithCompanions,
  type WrittenWithCompanions,
} from '../helpers/companions'
import { createCategory } from '../helpers/fixtures'
import { capturedMailTo } from '../helpers/mailbox'
import { testPayload } from '../helpers/payload'
import {
  addLinkedContent,
  auditTrail,
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

/** What an anonymous reader gets from the API for the concept: is it live, and with what. */
async function whatReadersSee(conceptId: number) {
  const [concept, faqs, useCases] = await Promise.all([
    rest('GET', `concepts/${conceptId}`),
    rest('GET', `faqs?where[concept][equals]=${conceptId}&depth=0`),
    rest('GET', `use-cases?where[concepts][in]=${conceptId}&depth=0`),
  ])
  const answers = (faqs.json.docs as { answer: unknown }[]).map((faq) => JSON.stringify(faq.answer))
  return {
    live: concept.status === 200,
    faqs: answers.length,
    answers,
    useCases: (useCases.json.docs as unknown[]).length,
  }
}

beforeAll(async () => {
  payload = await testPayload()
  category = await createCategory(payload)
  editor = await signedIn(payload, ['editor'])
  reviewer = await signedIn(payload, ['reviewer'])
})

describe('a concept reviewed with its FAQs and use case', () => {
  let written: WrittenWithCompanions

  it('takes its unreviewed FAQs and use case into review with one submit, and reviewers get one email naming them', async () => {
    written = await writeConceptWithCompanions(category, editor)
    const before = capturedMailTo(reviewer.email).length
    const response = await reviewAction('concepts', written.concept.id, editor.token, 'submit')
    expect(response.status).toBe(200)
    expect(await reviewStatesOf(payload, written)).toEqual(Array(5).fill('in_review'))
    const mails = capturedMailTo(reviewer.email).slice(before)
    expect(mails).toHaveLength(1)
    expect(mails[0].replace(/=\r?\n/g, '')).toMatch(/with 3 FAQs and 1 use case/)
  })

  it('sends all of them back together with the reviewer’s comment', async () => {
    const response = await reviewAction(
      'concepts',
      written.concept.id,
      reviewer.token,
      'request_changes',
      'The second answer is vague.',
    )
    expect(response.status).toBe(200)
    expect(await reviewStatesOf(payload, written)).toEqual(Array(5).fill('changes_requested'))
  })

  it('goes back into review with the fixed FAQ after one resubmit, and is approved as one piece', async () => {
    const fix = await rest('PATCH', `faqs/${written.faqIds[1]}?draft=true`, {
      body: { answer: richText(['A precise second answer.']) },
      token: editor.token,
    })
    expect(fix.status).toBe(200)
    expect((await reviewAction('concepts', written.concept.id, editor.token, 'submit')).status).toBe(200)
    expect(await reviewStatesOf(payload, written)).toEqual(Array(5).fill('in_review'))
    expect((await reviewAction('concepts', written.concept.id, reviewer.token, 'approve')).status).toBe(200)
    expect(await reviewStatesOf(payload, written)).toEqual(Array(5).fill('approved'))
    expect(await whatReadersSee(written.concept.id)).toMatchObject({ live: false, faqs: 0, useCases: 0 })
  })

  it('goes live with all its FAQs and its use case when the reviewer publishes the concept', async () => {
    const publish = await rest('PATCH', `concepts/${written.concept.id}`, {
      body: { _status: 'published' },
      token: reviewer.token,
    })
    expect(publish.status).toBe(200)
    const seen = await whatReadersSee(written.concept.id)
    expect(seen).toMatchObject({ live: true, faqs: 3, useCases: 1 })
    expect(seen.answers.join()).toContain('A precise second answer.')
  })

  it('records each companion’s steps in the audit log, naming the concept', async () => {
    const trail = await auditTrail(payload, 'faqs', written.faqIds[0])
    expect(trail.map((entry) => [entry.action, entry.user])).toEqual([
      ['submit', editor.id],
      ['request_changes', reviewer.id],
      ['submit', editor.id],
      ['approve', reviewer.id],
      ['publish', reviewer.id],
    ])
    expect(trail[1].comment).toBe(`With the concept “${written.concept.title}”. The second answer is vague.`)
  })

  it('still lets a later FAQ edit be reviewed and published on its own', async () => {
    const faqId = written.faqIds[2]
    await rest('PATCH', `faqs/${faqId}?draft=true`, {
      body: { answer: richText(['A third answer, revised alone.']) },
      token: editor.token,
    })
    expect((await reviewAction('faqs', faqId, editor.token, 'submit')).status).toBe(200)
    expect((await reviewAction('faqs', faqId, reviewer.token, 'approve')).status).toBe(200)
    expect(
      (await rest('PATCH', `faqs/${faqId}`, { body: { _status: 'published' }, token: reviewer.token })).status,
    ).toBe(200)
    expect((await whatReadersSee(written.concept.id)).answers.join()).toContain('A third answer, revised alone.')
  })
})

describe('a concept whose companion cannot follow it', () => {
  it('is not approved while an FAQ edited after the submit waits, nor when the reviewer wrote that FAQ', async () => {
    const written = await writeConceptWithCompanions(category, editor)
    await reviewAction('concepts', written.concept.id, editor.token, 'submit')
    await rest('PATCH', `faqs/${written.faqIds[0]}?draft=true`, {
      body: { question: 'Edited by the reviewer?' },
      token: reviewer.token,
    })

    const unsubmitted = await reviewAction('concepts', written.concept.id, reviewer.token, 'approve')
    expect(unsubmitted.status).toBe(403)
    expect(errorMessage(unsubmitted.json)).toMatch(
      /The FAQ “Edited by the reviewer\?” changed after this concept was submitted/,
    )
    expect(await reviewStatesOf(payload, written)).toEqual([
      'in_review',
      'in_review',
      'draft',
      'in_review',
      'in_review',
    ])

    expect((await reviewAction('faqs', written.faqIds[0], editor.token, 'submit')).status).toBe(200)
    const ownWork = await reviewAction('concepts', written.concept.id, reviewer.token, 'approve')
    expect(ownWork.status).toBe(403)
    expect(errorMessage(ownWork.json)).toMatch(
      /The FAQ “Edited by the reviewer\?” goes with this concept .*Nobody approves their own change/,
    )
    expect(await reviewStatesOf(payload, written)).toEqual(Array(5).fill('in_review'))
  })

  it('is not published when one FAQ is incomplete, and readers see none of it', async () => {
    const written = await writeConceptWithCompanions(category, editor, ['First answer.', '', 'Third answer.'])
    await reviewAction('concepts', written.concept.id, editor.token, 'submit')
    await reviewAction('concepts', written.concept.id, reviewer.token, 'approve')
    const publish = await rest('PATCH', `concepts/${written.concept.id}`, {
      body: { _status: 'published' },
      token: reviewer.token,
    })
    expect(publish.status).toBe(400)
    expect(errorMessage(publish.json)).toMatch(/The FAQ “Day-one question 2\?” goes with this concept/)
    expect(await whatReadersSee(written.concept.id)).toEqual({ live: false, faqs: 0, answers: [], useCases: 0 })
    expect(await reviewStatesOf(payload, written)).toEqual(Array(5).fill('approved'))
  })
})

describe('an approved concept whose FAQ changes before the publish', () => {
  it('is not published without that change reviewed, and then goes live with it', async () => {
    const written = await writeConceptWithCompanions(category, editor)
    await reviewAction('concepts', written.concept.id, editor.token, 'submit')
    await reviewAction('concepts', written.concept.id, reviewer.token, 'approve')
    const edit = await rest('PATCH', `faqs/${written.faqIds[0]}?draft=true`, {
      body: { answer: richText(['An answer nobody approved.']) },
      token: editor.token,
    })
    expect(edit.status).toBe(200)

    const publishConcept = () =>
      rest('PATCH', `concepts/${written.concept.id}`, { body: { _status: 'published' }, token: reviewer.token })
    const refused = await publishConcept()
    expect(refused.status).toBe(403)
    expect(errorMessage(refused.json)).toMatch(
      /The FAQ “Day-one question 1\?” changed after this concept was approved: have that change reviewed too/,
    )
    expect(await whatReadersSee(written.concept.id)).toEqual({ live: false, faqs: 0, answers: [], useCases: 0 })
    expect(await reviewStatesOf(payload, written)).toEqual(['approved', 'approved', 'draft', 'approved', 'approved'])

    expect((await reviewAction('faqs', written.faqIds[0], editor.token, 'submit')).status).toBe(200)
    expect((await reviewAction('faqs', written.faqIds[0], reviewer.token, 'approve')).status).toBe(200)
    expect((await publishConcept()).status).toBe(200)
    const seen = await whatReadersSee(written.concept.id)
    expect(seen).toMatchObject({ live: true, faqs: 3, useCases: 1 })
    expect(seen.answers.join()).toContain('An answer nobody approved.')
  })
})

describe('an approved concept whose FAQ changed, published by an admin', () => {
  it('goes live without that change, which stays a draft', async () => {
    const admin = await signedIn(payload, ['admin'])
    const written = await writeConceptWithCompanions(category, editor)
    await reviewAction('concepts', written.concept.id, editor.token, 'submit')
    await reviewAction('concepts', written.concept.id, reviewer.token, 'approve')
    await rest('PATCH', `faqs/${written.faqIds[0]}?draft=true`, {
      body: { answer: richText(['Left behind by the admin.']) },
      token: editor.token,
    })
    const publish = await rest('PATCH', `concepts/${written.concept.id}`, {
      body: { _status: 'published' },
      token: admin.token,
    })
    expect(publish.status).toBe(200)
    const seen = await whatReadersSee(written.concept.id)
    expect(seen).toMatchObject({ live: true, faqs: 2, useCases: 1 })
    expect(seen.answers.join()).not.toContain('Left behind by the admin.')
    expect(await reviewStatesOf(payload, written)).toEqual([
      'published',
      'published',
      'draft',
      'published',
      'published',
    ])
  })
})

describe('a live concept edited with new FAQs', () => {
  it('takes every new FAQ into the review of its edit', async () => {
    const conceptId = (
      await payload.create({
        collection: 'concepts',
        data: { ...readyConceptData(category), difficulty: 'intermediate', _status: 'published' },
      })
    ).id
    await addLinkedContent(payload, conceptId)
    await rest('PATCH', `concepts/${conceptId}?draft=true`, {
      body: { summary: 'A clearer summary.' },
      token: editor.token,
    })
    const faqIds = [
      await draftThroughApi(
        'faqs',
        { question: 'First new question?', answer: richText(['One.']), concept: conceptId, order: 9 },
        editor,
      ),
      await draftThroughApi(
        'faqs',
        { question: 'Second new question?', answer: richText(['Two.']), concept: conceptId, order: 9 },
        editor,
      ),
    ]
    expect((await reviewAction('concepts', conceptId, editor.token, 'submit')).status).toBe(200)
    const states = await Promise.all(
      faqIds.map((id) =>
        payload.findByID({ collection: 'faqs', id, draft: true, depth: 0 }).then((faq) => faq.review?.state),
      ),
    )
    expect(states).toEqual(['in_review', 'in_review'])
  })
})

describe('a copy of an approved FAQ', () => {
  it('starts unreviewed, and never goes live with the concept unless it is reviewed', async () => {
    const written = await writeConceptWithCompanions(category, editor)
    expect((await reviewAction('concepts', written.concept.id, editor.token, 'submit')).status).toBe(200)
    expect((await reviewAction('concepts', written.concept.id, reviewer.token, 'approve')).status).toBe(200)

    const duplicated = await rest('POST', `faqs/${written.faqIds[0]}/duplicate`, {
      body: { _status: 'draft' },
      token: editor.token,
    })
    expect(duplicated.status).toBe(200)
    const copy = duplicated.json.doc as { id: number; review?: { state?: string; approvedBy?: unknown } }
    expect(copy.review).toMatchObject({ state: 'draft', approvedBy: null })

    const publish = await rest('PATCH', `concepts/${written.concept.id}`, {
      body: { _status: 'published' },
      token: reviewer.token,
    })
    expect(publish.status).toBe(403)
    expect((await rest('GET', `faqs/${copy.id}`)).status).toBe(404)
    expect(await whatReadersSee(written.concept.id)).toMatchObject({ live: false, faqs: 0 })
  })
})

describe('an approved concept’s FAQs and use case', () => {
  it('cannot be deleted before it goes live, however asked, until changes are requested', async () => {
    const written = await writeConceptWithCompanions(category, editor)
    expect((await reviewAction('concepts', written.concept.id, editor.token, 'submit')).status).toBe(200)
    expect((await reviewAction('concepts', written.concept.id, reviewer.token, 'approve')).status).toBe(200)

    const [faqId] = written.faqIds
    for (const asker of [editor, reviewer]) {
      const faq = await rest('DELETE', `faqs/${faqId}`, { token: asker.token })
      expect(faq.status).toBe(403)
      expect(errorMessage(faq.json)).toMatch(
        `The FAQ “Day-one question 1?” was approved with the concept “${written.concept.title}”, which goes live with it`,
      )
      expect((await rest('DELETE', `use-cases/${written.useCaseId}`, { token: asker.token })).status).toBe(403)
    }
    await rest('DELETE', `faqs?where[id][equals]=${faqId}`, { token: editor.token })
    expect(await reviewStatesOf(payload, written)).toEqual(Array(5).fill('approved'))

    const sentBack = await reviewAction(
      'concepts',
      written.concept.id,
      reviewer.token,
      'request_changes',
      'Leave the first question out.',
    )
    expect(sentBack.status).toBe(200)
    expect((await rest('DELETE', `faqs/${faqId}`, { token: editor.token })).status).toBe(200)
    const replacement = {
      question: 'A better first question?',
      answer: richText(['Yes.']),
      concept: written.concept.id,
    }
    await draftThroughApi('faqs', replacement, editor)
    expect((await reviewAction('concepts', written.concept.id, editor.token, 'submit')).status).toBe(200)
    expect((await reviewAction('concepts', written.concept.id, reviewer.token, 'approve')).status).toBe(200)
    const publish = await rest('PATCH', `concepts/${written.concept.id}`, {
      body: { _status: 'published' },
      token: reviewer.token,
    })
    expect(publish.status).toBe(200)
    expect(await whatReadersSee(written.concept.id)).toMatchObject({ live: true, faqs: 3, useCases: 1 })
  })

  it('cannot be moved to another concept before it goes live, however asked', async () => {
    const written = await writeConceptWithCompanions(category, editor)
    const elsewhere = await writeConceptWithCompanions(category, editor)
    expect((await reviewAction('concepts', written.concept.id, editor.token, 'submit')).status).toBe(200)
    expect((await reviewAction('concepts', written.concept.id, reviewer.token, 'approve')).status).toBe(200)

    const moves = [
      () =>
        rest('PATCH', `faqs/${written.faqIds[0]}?draft=true`, {
          body: { concept: elsewhere.concept.id },
          token: editor.token,
        }),
      () =>
        rest('PATCH', `faqs?where[id][equals]=${written.faqIds[0]}&draft=true`, {
          body: { concept: elsewhere.concept.id },
          token: editor.token,
        }),
      () =>
        rest('PATCH', `use-cases/${written.useCaseId}?draft=true`, {
          body: { concepts: [elsewhere.concept.id] },
          token: editor.token,
        }),
      () =>
        graphqlQuery(
          `mutation { updateFaq(id: ${written.faqIds[1]}, draft: true, data: { concept: ${elsewhere.concept.id} }) { id } }`,
          editor.token,
        ),
    ]
    for (const move of moves) expect(JSON.stringify((await move()).json)).toMatch(/was approved with the concept/)
    expect(await reviewStatesOf(payload, written)).toEqual(Array(5).fill('approved'))

    const publish = await rest('PATCH', `concepts/${written.concept.id}`, {
      body: { _status: 'published' },
      token: reviewer.token,
    })
    expect(publish.status).toBe(200)
    expect(await whatReadersSee(written.concept.id)).toMatchObject({ live: true, faqs: 3, useCases: 1 })
  })
})
