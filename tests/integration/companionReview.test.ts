// A new concept written with its use case and FAQs is one change: one submit, one review,
// one approval and one publish take all of them live together, through the real REST handlers.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Category, Concept } from '@/payload-types'
import { slugify } from '@/fields/slugify'
import { richText } from '@/seed/richText'
import { rest } from '../helpers/api'
import { createCategory, unique } from '../helpers/fixtures'
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

type Written = { concept: Concept; useCaseId: number; faqIds: number[] }

async function draft(collection: string, body: Record<string, unknown>, author: Staff): Promise<number> {
  const response = await rest('POST', `${collection}?draft=true`, { body, token: author.token })
  if (response.status !== 201)
    throw new Error(`Could not save the ${collection} draft: ${JSON.stringify(response.json)}`)
  return (response.json.doc as { id: number }).id
}

/** What an editor writes on day one: a concept, one use case and three FAQs, all drafts. */
async function writeConceptWithCompanions(
  author: Staff,
  faqAnswers = ['First answer.', 'Second answer.', 'Third answer.'],
): Promise<Written> {
  const response = await rest('POST', 'concepts?draft=true', { body: readyConceptData(category), token: author.token })
  const concept = response.json.doc as Concept
  const title = unique('Day-one use case')
  const useCaseId = await draft(
    'use-cases',
    { title, slug: slugify(title), organization: 'Acme', summary: 'Shipped it.', concepts: [concept.id] },
    author,
  )
  const faqIds: number[] = []
  for (const [index, answer] of faqAnswers.entries()) {
    faqIds.push(
      await draft(
        'faqs',
        {
          question: `Day-one question ${index + 1}?`,
          answer: answer ? richText([answer]) : undefined,
          concept: concept.id,
          order: index,
        },
        author,
      ),
    )
  }
  return { concept, useCaseId, faqIds }
}

async function statesOf({ concept, useCaseId, faqIds }: Written) {
  const read = (collection: 'concepts' | 'use-cases' | 'faqs', id: number) =>
    payload.findByID({ collection, id, draft: true, depth: 0 }).then((doc) => doc.review?.state)
  return [
    await read('concepts', concept.id),
    await read('use-cases', useCaseId),
    ...(await Promise.all(faqIds.map((id) => read('faqs', id)))),
  ]
}

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
  let written: Written

  it('takes its unreviewed FAQs and use case into review with one submit, and reviewers get one email naming them', async () => {
    written = await writeConceptWithCompanions(editor)
    const before = capturedMailTo(reviewer.email).length
    const response = await reviewAction('concepts', written.concept.id, editor.token, 'submit')
    expect(response.status).toBe(200)
    expect(await statesOf(written)).toEqual(Array(5).fill('in_review'))
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
    expect(await statesOf(written)).toEqual(Array(5).fill('changes_requested'))
  })

  it('goes back into review with the fixed FAQ after one resubmit, and is approved as one piece', async () => {
    const fix = await rest('PATCH', `faqs/${written.faqIds[1]}?draft=true`, {
      body: { answer: richText(['A precise second answer.']) },
      token: editor.token,
    })
    expect(fix.status).toBe(200)
    expect((await reviewAction('concepts', written.concept.id, editor.token, 'submit')).status).toBe(200)
    expect(await statesOf(written)).toEqual(Array(5).fill('in_review'))
    expect((await reviewAction('concepts', written.concept.id, reviewer.token, 'approve')).status).toBe(200)
    expect(await statesOf(written)).toEqual(Array(5).fill('approved'))
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

describe('an approval', () => {
  const stateOf = async (collection: 'concepts' | 'faqs', id: number) =>
    (await payload.findByID({ collection, id, draft: true, depth: 0 })).review?.state
  const versionSeenBy = async (staff: Staff, id: number) =>
    (await rest('GET', `concepts/${id}/review`, { token: staff.token })).json.version as string
  const approve = (id: number, seen: string) =>
    rest('POST', `concepts/${id}/review`, { body: { action: 'approve', seen }, token: reviewer.token })

  it('from a review opened before an FAQ was submitted is refused, and approves nothing until reloaded', async () => {
    const written = await writeConceptWithCompanions(editor)
    await reviewAction('concepts', written.concept.id, editor.token, 'submit')
    const opened = await versionSeenBy(reviewer, written.concept.id)
    const late = await draft(
      'faqs',
      { question: 'A late question?', answer: richText(['Never seen.']), concept: written.concept.id, order: 9 },
      editor,
    )
    expect((await reviewAction('faqs', late, editor.token, 'submit')).status).toBe(200)

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
    const written = await writeConceptWithCompanions(editor)
    await reviewAction('concepts', written.concept.id, editor.token, 'submit')
    const opened = await versionSeenBy(reviewer, written.concept.id)
    const response = await rest('POST', `concepts/${written.concept.id}/review`, {
      body: { action: 'approve', seen: [opened] },
      token: reviewer.token,
    })
    expect(response.status).toBe(400)
    expect(errorMessage(response.json)).toBe('`seen` must be the version your review status gave, as a string.')
    expect(await statesOf(written)).toEqual(Array(5).fill('in_review'))
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
      const written = await writeConceptWithCompanions(editor)
      await reviewAction('concepts', written.concept.id, editor.token, 'submit')
      const opened = await versionSeenBy(reviewer, written.concept.id)
      let late = 0
      const restore = duringNextApproval(point, async () => {
        late = await draft(
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

describe('a concept whose companion cannot follow it', () => {
  it('is not approved while an FAQ edited after the submit waits, nor when the reviewer wrote that FAQ', async () => {
    const written = await writeConceptWithCompanions(editor)
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
    expect(await statesOf(written)).toEqual(['in_review', 'in_review', 'draft', 'in_review', 'in_review'])

    expect((await reviewAction('faqs', written.faqIds[0], editor.token, 'submit')).status).toBe(200)
    const ownWork = await reviewAction('concepts', written.concept.id, reviewer.token, 'approve')
    expect(ownWork.status).toBe(403)
    expect(errorMessage(ownWork.json)).toMatch(
      /The FAQ “Edited by the reviewer\?” goes with this concept .*Nobody approves their own change/,
    )
    expect(await statesOf(written)).toEqual(Array(5).fill('in_review'))
  })

  it('is not published when one FAQ is incomplete, and readers see none of it', async () => {
    const written = await writeConceptWithCompanions(editor, ['First answer.', '', 'Third answer.'])
    await reviewAction('concepts', written.concept.id, editor.token, 'submit')
    await reviewAction('concepts', written.concept.id, reviewer.token, 'approve')
    const publish = await rest('PATCH', `concepts/${written.concept.id}`, {
      body: { _status: 'published' },
      token: reviewer.token,
    })
    expect(publish.status).toBe(400)
    expect(errorMessage(publish.json)).toMatch(/The FAQ “Day-one question 2\?” goes with this concept/)
    expect(await whatReadersSee(written.concept.id)).toEqual({ live: false, faqs: 0, answers: [], useCases: 0 })
    expect(await statesOf(written)).toEqual(Array(5).fill('approved'))
  })
})

describe('an approved concept whose FAQ changes before the publish', () => {
  it('is not published without that change reviewed, and then goes live with it', async () => {
    const written = await writeConceptWithCompanions(editor)
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
    expect(await statesOf(written)).toEqual(['approved', 'approved', 'draft', 'approved', 'approved'])

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
    const written = await writeConceptWithCompanions(editor)
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
    expect(await statesOf(written)).toEqual(['published', 'published', 'draft', 'published', 'published'])
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
      await draft(
        'faqs',
        { question: 'First new question?', answer: richText(['One.']), concept: conceptId, order: 9 },
        editor,
      ),
      await draft(
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
