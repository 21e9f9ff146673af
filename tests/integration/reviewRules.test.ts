// Every illegal move is refused with a 403 naming the rule, and nothing changes —
// through REST, GraphQL and the Local API with a user.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Category, Concept } from '@/payload-types'
import { graphqlQuery, rest } from '../helpers/api'
import { createCategory, createConcept } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { richText } from '@/seed/richText'
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
let admin: Staff

const liveStatus = async (id: number) =>
  (await payload.find({ collection: 'concepts', where: { id: { equals: id } }, depth: 0 })).docs[0]?._status

beforeAll(async () => {
  payload = await testPayload()
  category = await createCategory(payload)
  editor = await signedIn(payload, ['editor'])
  reviewer = await signedIn(payload, ['reviewer'])
  admin = await signedIn(payload, ['admin'])
})

describe('an editor', () => {
  it('cannot create a published concept through REST', async () => {
    const before = (await payload.count({ collection: 'concepts' })).totalDocs
    const response = await rest('POST', 'concepts', {
      body: { ...readyConceptData(category), _status: 'published' },
      token: editor.token,
    })
    expect(response.status).toBe(403)
    expect(errorMessage(response.json)).toMatch(/Only reviewers and admins publish/)
    expect((await payload.count({ collection: 'concepts' })).totalDocs).toBe(before)
  })

  it('cannot publish a draft, even an approved one, through REST, GraphQL or the Local API', async () => {
    const concept = await draftReadyConcept(payload, category, editor)
    await reviewAction('concepts', concept.id, editor.token, 'submit')
    await reviewAction('concepts', concept.id, reviewer.token, 'approve')

    const viaRest = await rest('PATCH', `concepts/${concept.id}`, {
      body: { _status: 'published' },
      token: editor.token,
    })
    expect(viaRest.status).toBe(403)
    const viaGraphql = await graphqlQuery(
      `mutation { updateConcept(id: ${concept.id}, data: { _status: published }) { id _status } }`,
      editor.token,
    )
    expect(JSON.stringify(viaGraphql.json.errors)).toMatch(/Only reviewers and admins publish/)
    await expect(
      payload.update({
        collection: 'concepts',
        id: concept.id,
        data: { _status: 'published' },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403, message: expect.stringMatching(/Only reviewers and admins publish/) })
    expect(await liveStatus(concept.id)).toBe('draft')
  })

  it('cannot change a live concept except through a draft', async () => {
    const live = await createConcept(payload, category, { summary: 'Live words.' })
    const response = await rest('PATCH', `concepts/${live.id}`, {
      body: { summary: 'Sneaked in.' },
      token: editor.token,
    })
    expect(response.status).toBe(403)
    expect((await rest('GET', `concepts/${live.id}`)).json.summary).toBe('Live words.')
  })

  it('cannot replace a live concept with its newer draft by saving without ?draft=true', async () => {
    const live = await createConcept(payload, category, { summary: 'Live words.' })
    await rest('PATCH', `concepts/${live.id}?draft=true`, { body: { summary: 'Draft words.' }, token: editor.token })
    const response = await rest('PATCH', `concepts/${live.id}`, { body: { subtitle: 'Also new' }, token: editor.token })
    expect(response.status).toBe(403)
    expect(errorMessage(response.json)).toMatch(/Only reviewers and admins unpublish/)
    expect(await liveStatus(live.id)).toBe('published')
    expect((await rest('GET', `concepts/${live.id}`)).json.summary).toBe('Live words.')
  })

  it('restores an old version only as a draft for review', async () => {
    const live = await createConcept(payload, category, { summary: 'Old words.' })
    await payload.update({
      collection: 'concepts',
      id: live.id,
      data: { summary: 'Current words.', _status: 'published' },
    })
    const [oldVersion] = (
      await payload.findVersions({
        collection: 'concepts',
        where: { parent: { equals: live.id } },
        sort: 'updatedAt',
        limit: 1,
      })
    ).docs
    const restore = await rest('POST', `concepts/versions/${oldVersion.id}`, { token: editor.token })
    expect(restore.status).toBe(403)
    expect((await rest('GET', `concepts/${live.id}`)).json.summary).toBe('Current words.')
    const asDraft = await rest('POST', `concepts/versions/${oldVersion.id}?draft=true`, { token: editor.token })
    expect(asDraft.status).toBe(200)
    expect((await payload.findByID({ collection: 'concepts', id: live.id, draft: true })).summary).toBe('Old words.')
    expect((await rest('GET', `concepts/${live.id}`)).json.summary).toBe('Current words.')
  })

  it('cannot set the review state by writing it directly', async () => {
    const concept = await draftReadyConcept(payload, category, editor)
    const response = await rest('PATCH', `concepts/${concept.id}?draft=true`, {
      body: { review: { state: 'approved' }, reviewedBy: 'Nobody' },
      token: editor.token,
    })
    expect(response.status).toBe(200)
    const draft = await payload.findByID({ collection: 'concepts', id: concept.id, draft: true })
    expect(draft.review?.state).toBe('draft')
    expect(draft.reviewedBy ?? null).toBeNull()
  })

  it('cannot submit an incomplete concept, and is told exactly what is missing', async () => {
    const response = await rest('POST', 'concepts?draft=true', {
      body: { ...readyConceptData(category), keyTraits: [], pitfalls: [] },
      token: editor.token,
    })
    const concept = response.json.doc as Concept
    const submit = await reviewAction('concepts', concept.id, editor.token, 'submit')
    expect(submit.status).toBe(400)
    const message = errorMessage(submit.json)
    expect(message).toMatch(/At least 2 key traits \(now 0\)/)
    expect(message).toMatch(/At least 2 pitfalls \(now 0\)/)
    expect(message).toMatch(/At least 1 use case \(now 0\)/)
    expect(message).toMatch(/At least 3 FAQs \(now 0\)/)
    expect(message).not.toMatch(/summary|category|difficulty|explanation of at least/i)
    expect((await payload.findByID({ collection: 'concepts', id: concept.id, draft: true })).review?.state).toBe(
      'draft',
    )
  })

  it('cannot approve, unpublish or delete live content', async () => {
    const live = await createConcept(payload, category)
    const unpublish = await rest('PATCH', `concepts/${live.id}`, { body: { _status: 'draft' }, token: editor.token })
    expect(unpublish.status).toBe(403)
    expect(errorMessage(unpublish.json)).toMatch(/Only reviewers and admins unpublish/)
    const remove = await rest('DELETE', `concepts/${live.id}`, { token: editor.token })
    expect(remove.status).toBe(403)
    expect(errorMessage(remove.json)).toMatch(/Only reviewers and admins delete published content/)
    expect(await liveStatus(live.id)).toBe('published')

    const concept = await draftReadyConcept(payload, category, reviewer)
    await reviewAction('concepts', concept.id, reviewer.token, 'submit')
    const approve = await reviewAction('concepts', concept.id, editor.token, 'approve')
    expect(approve.status).toBe(403)
    expect(errorMessage(approve.json)).toMatch(/Only reviewers and admins approve/)
  })

  it('cannot slip new words past an approval by dressing a paragraph up as a linked document', async () => {
    // Rich text is stored as sent: an `id` and a `createdAt` on a paragraph look like a populated
    // relationship, which the approval's fingerprint used to count by its id alone.
    const disguised = (words: string) => {
      const body = readyConceptData(category).body
      const [paragraph] = body.root.children
      return {
        root: {
          ...body.root,
          children: [
            {
              ...paragraph,
              id: 'p1',
              createdAt: 'x',
              children: [...paragraph.children, { type: 'text', text: words, version: 1 }],
            },
          ],
        },
      }
    }
    const created = await rest('POST', 'concepts?draft=true', {
      body: { ...readyConceptData(category), body: disguised('Reviewed words.') },
      token: editor.token,
    })
    const concept = created.json.doc as Concept
    await addLinkedContent(payload, concept.id)
    await reviewAction('concepts', concept.id, editor.token, 'submit')
    expect((await reviewAction('concepts', concept.id, reviewer.token, 'approve')).status).toBe(200)

    const edit = await rest('PATCH', `concepts/${concept.id}?draft=true`, {
      body: { body: disguised('Unreviewed words.') },
      token: editor.token,
    })
    expect(edit.status).toBe(200)
    const publish = await rest('PATCH', `concepts/${concept.id}`, {
      body: { _status: 'published' },
      token: reviewer.token,
    })
    expect(publish.status).toBe(403)
    expect(errorMessage(publish.json)).toMatch(/Only approved work can be published/)
    expect((await rest('GET', `concepts/${concept.id}`)).status).toBe(404)
  })

  it('may delete a draft that never went live', async () => {
    const concept = await draftReadyConcept(payload, category, editor)
    expect((await rest('DELETE', `concepts/${concept.id}`, { token: editor.token })).status).toBe(200)
  })
})

describe('review actions through GraphQL', () => {
  const reviewAction = (id: number, action: string, token: string) =>
    graphqlQuery(`mutation { reviewAction(collection: concepts, id: ${id}, action: ${action}) { state } }`, token)

  it('follow the same rules: no self-approval, no editor approval', async () => {
    const writerReviewer = await signedIn(payload, ['editor', 'reviewer'])
    const concept = await draftReadyConcept(payload, category, writerReviewer)
    expect((await reviewAction(concept.id, 'submit', writerReviewer.token)).json.data).toEqual({
      reviewAction: { state: 'in_review' },
    })
    const own = await reviewAction(concept.id, 'approve', writerReviewer.token)
    expect(JSON.stringify(own.json.errors)).toMatch(/Nobody approves their own change/)
    const byEditor = await reviewAction(concept.id, 'approve', editor.token)
    expect(JSON.stringify(byEditor.json.errors)).toMatch(/Only reviewers and admins approve/)
    expect((await payload.findByID({ collection: 'concepts', id: concept.id, draft: true })).review?.state).toBe(
      'in_review',
    )
    expect((await reviewAction(concept.id, 'approve', reviewer.token)).json.data).toEqual({
      reviewAction: { state: 'approved' },
    })
  })
})

describe('a reviewer', () => {
  it('cannot publish work that skipped review', async () => {
    const concept = await draftReadyConcept(payload, category, editor)
    const response = await rest('PATCH', `concepts/${concept.id}`, {
      body: { _status: 'published' },
      token: reviewer.token,
    })
    expect(response.status).toBe(403)
    expect(errorMessage(response.json)).toMatch(/Only approved work can be published/)
  })

  it('unpublishes and deletes live content, and both are recorded', async () => {
    const live = await createConcept(payload, category)
    expect(
      (await rest('PATCH', `concepts/${live.id}`, { body: { _status: 'draft' }, token: reviewer.token })).status,
    ).toBe(200)
    expect(await liveStatus(live.id)).toBe('draft')
    expect((await rest('DELETE', `concepts/${live.id}`, { token: reviewer.token })).status).toBe(200)
    expect((await auditTrail(payload, 'concepts', live.id)).map((entry) => [entry.action, entry.user])).toEqual([
      ['unpublish', reviewer.id],
      ['delete', reviewer.id],
    ])
  })

  it('reviews use cases and FAQs too', async () => {
    const concept = await createConcept(payload, category)
    const created = await rest('POST', 'faqs?draft=true', {
      body: { question: 'Is this reviewed?', answer: richText(['Yes, like everything else.']), concept: concept.id },
      token: editor.token,
    })
    const faq = created.json.doc as { id: number }
    expect(
      (await rest('PATCH', `faqs/${faq.id}`, { body: { _status: 'published' }, token: reviewer.token })).status,
    ).toBe(403)
    expect((await reviewAction('faqs', faq.id, editor.token, 'submit')).status).toBe(200)
    expect((await reviewAction('faqs', faq.id, reviewer.token, 'approve')).status).toBe(200)
    expect(
      (await rest('PATCH', `faqs/${faq.id}`, { body: { _status: 'published' }, token: reviewer.token })).status,
    ).toBe(200)
  })
})

describe('an admin', () => {
  it('may approve their own change and publish without approval, recorded as overrides', async () => {
    const own = await draftReadyConcept(payload, category, admin)
    await reviewAction('concepts', own.id, admin.token, 'submit')
    expect((await reviewAction('concepts', own.id, admin.token, 'approve')).status).toBe(200)
    const unreviewed = await draftReadyConcept(payload, category, editor)
    expect(
      (await rest('PATCH', `concepts/${unreviewed.id}`, { body: { _status: 'published' }, token: admin.token })).status,
    ).toBe(200)
    expect((await auditTrail(payload, 'concepts', own.id)).map((entry) => [entry.action, entry.override])).toEqual([
      ['submit', false],
      ['approve', true],
    ])
    const [published] = await auditTrail(payload, 'concepts', unreviewed.id)
    expect(published).toMatchObject({
      action: 'publish',
      override: true,
      summary: expect.stringMatching(/admin override/),
    })
  })

  it('changes roles, recorded with the before and after', async () => {
    const person = await signedIn(payload, ['editor'])
    const response = await rest('PATCH', `users/${person.id}`, {
      body: { roles: ['editor', 'reviewer'] },
      token: admin.token,
    })
    expect(response.status).toBe(200)
    const [entry] = await auditTrail(payload, 'users', person.id)
    expect(entry).toMatchObject({ action: 'role_change', user: admin.id, comment: 'Roles: editor → editor, reviewer' })
  })
})

describe('two people on one document', () => {
  it('keeps Payload’s document locking: a draft open in another person’s editor cannot be saved over', async () => {
    const concept = await draftReadyConcept(payload, category, editor)
    await payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'concepts', value: concept.id },
        user: { relationTo: 'users', value: editor.id },
      },
    })
    const response = await rest('PATCH', `concepts/${concept.id}?draft=true`, {
      body: { summary: 'Overwritten.' },
      token: reviewer.token,
    })
    expect(response.status).toBe(423)
    const draft = await payload.findByID({ collection: 'concepts', id: concept.id, draft: true })
    expect(draft.summary).toBe('The first summary.')
  })
})

describe('the audit log', () => {
  it('is read by admins only and written by nobody through the API', async () => {
    expect((await rest('GET', 'audit-log', { token: admin.token })).status).toBe(200)
    expect((await rest('GET', 'audit-log', { token: reviewer.token })).status).toBe(403)
    expect((await rest('GET', 'audit-log')).status).toBe(403)
    const [entry] = (await payload.find({ collection: 'audit-log', limit: 1 })).docs
    const forged = await rest('POST', 'audit-log', {
      body: { summary: 'Forged', action: 'publish' },
      token: admin.token,
    })
    expect(forged.status).toBe(403)
    expect(
      (await rest('PATCH', `audit-log/${entry.id}`, { body: { summary: 'Rewritten' }, token: admin.token })).status,
    ).toBe(403)
    expect((await rest('DELETE', `audit-log/${entry.id}`, { token: admin.token })).status).toBe(403)
    expect((await payload.findByID({ collection: 'audit-log', id: entry.id })).summary).toBe(entry.summary)
  })
})
