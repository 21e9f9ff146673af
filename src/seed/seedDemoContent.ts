// Writes the demo content. Idempotent: documents are matched by slug (FAQs by
// concept and question, users by email) and updated in place on later runs.
import type { Payload } from 'payload'
import type { Category, Concept } from '@/payload-types'
import { categories } from './data/categories'
import { concepts } from './data/concepts'
import { useCases } from './data/use-cases'
import { newsletterIssues } from './data/newsletter'
import { nextSendDate } from '@/newsletter/sendDate'
import { demoUsers } from './demoUsers'
import { richText } from './richText'

const demoReviewer = demoUsers.find((user) => user.roles.includes('reviewer'))!

type SluggedCollection = 'categories' | 'concepts' | 'use-cases' | 'newsletter-issues'

async function idBySlug(payload: Payload, collection: SluggedCollection, slug: string): Promise<number | undefined> {
  const found = await payload.find({ collection, where: { slug: { equals: slug } }, limit: 1, depth: 0, draft: true })
  return found.docs[0]?.id
}

async function seedUsers(payload: Payload): Promise<void> {
  for (const user of demoUsers) {
    const found = await payload.find({ collection: 'users', where: { email: { equals: user.email } }, limit: 1 })
    if (found.docs.length === 0) await payload.create({ collection: 'users', data: user })
  }
}

async function seedCategories(payload: Payload): Promise<Map<string, Category['id']>> {
  const ids = new Map<string, Category['id']>()
  for (const category of categories) {
    const existing = await idBySlug(payload, 'categories', category.slug)
    const doc = existing
      ? await payload.update({ collection: 'categories', id: existing, data: category })
      : await payload.create({ collection: 'categories', data: category })
    ids.set(category.slug, doc.id)
  }
  return ids
}

/**
 * Two passes so every concept is published once per run, relationships included:
 * missing concepts are first created as drafts to get their ids.
 */
async function seedConcepts(payload: Payload, categoryIds: Map<string, Category['id']>) {
  const ids = new Map<string, Concept['id']>()
  for (const concept of concepts) {
    const existing = await idBySlug(payload, 'concepts', concept.slug)
    const id =
      existing ??
      (
        await payload.create({
          collection: 'concepts',
          data: { title: concept.title, slug: concept.slug, summary: concept.summary, _status: 'draft' },
          draft: true,
        })
      ).id
    ids.set(concept.slug, id)
  }
  const toIds = (slugs: string[]) => slugs.map((slug) => ids.get(slug)!)
  for (const concept of concepts) {
    await payload.update({
      collection: 'concepts',
      id: ids.get(concept.slug)!,
      data: {
        title: concept.title,
        slug: concept.slug,
        nameInSentence: concept.nameInSentence,
        subtitle: concept.subtitle,
        summary: concept.summary,
        category: categoryIds.get(concept.category)!,
        difficulty: concept.difficulty,
        aliases: concept.aliases,
        body: richText(concept.body),
        keyTraits: concept.keyTraits,
        pitfalls: concept.pitfalls,
        related: toIds(concept.related),
        prerequisites: toIds(concept.prerequisites),
        reviewedBy: demoReviewer.name,
        reviewedAt: new Date().toISOString(),
        _status: 'published',
      },
    })
  }
  return ids
}

async function seedFaqs(payload: Payload, conceptIds: Map<string, Concept['id']>): Promise<void> {
  for (const concept of concepts) {
    const conceptId = conceptIds.get(concept.slug)!
    for (const [index, faq] of concept.faqs.entries()) {
      const data = {
        question: faq.question,
        answer: richText(faq.answer),
        concept: conceptId,
        order: index + 1,
        _status: 'published' as const,
      }
      const found = await payload.find({
        collection: 'faqs',
        where: { and: [{ concept: { equals: conceptId } }, { question: { equals: faq.question } }] },
        limit: 1,
        depth: 0,
        draft: true,
      })
      const existing = found.docs[0]
      if (existing) await payload.update({ collection: 'faqs', id: existing.id, data })
      else await payload.create({ collection: 'faqs', data })
    }
  }
}

async function seedUseCases(payload: Payload, conceptIds: Map<string, Concept['id']>): Promise<void> {
  for (const useCase of useCases) {
    const data = {
      ...useCase,
      body: richText(useCase.body),
      concepts: useCase.concepts.map((slug) => conceptIds.get(slug)!),
      _status: 'published' as const,
    }
    const existing = await idBySlug(payload, 'use-cases', useCase.slug)
    if (existing) await payload.update({ collection: 'use-cases', id: existing, data })
    else await payload.create({ collection: 'use-cases', data })
  }
}

/** Issues are written once: a sent issue never changes, so a later run leaves every issue as it is. */
async function seedNewsletter(payload: Payload): Promise<void> {
  for (const { sent, concept, useCase, ...issue } of newsletterIssues) {
    if (await idBySlug(payload, 'newsletter-issues', issue.slug)) continue
    await payload.create({
      collection: 'newsletter-issues',
      data: {
        ...issue,
        concept: (await idBySlug(payload, 'concepts', concept))!,
        useCase: (await idBySlug(payload, 'use-cases', useCase))!,
        sendAt: (sent ? new Date() : nextSendDate()).toISOString(),
        _status: sent ? 'published' : 'draft',
      },
    })
  }
}

export async function seedDemoContent(payload: Payload): Promise<void> {
  await seedUsers(payload)
  const categoryIds = await seedCategories(payload)
  const conceptIds = await seedConcepts(payload, categoryIds)
  await seedUseCases(payload, conceptIds)
  await seedFaqs(payload, conceptIds)
  await seedNewsletter(payload)
  payload.logger.info(
    `Demo content ready: ${categories.length} categories, ${concepts.length} concepts, ${useCases.length} use cases.`,
  )
}

/** True when nothing has been written yet: the first `npm run dev` seeds such a database. */
export async function isEmptyDatabase(payload: Payload): Promise<boolean> {
  const [users, concepts] = await Promise.all([
    payload.count({ collection: 'users' }),
    payload.count({ collection: 'concepts' }),
  ])
  return users.totalDocs === 0 && concepts.totalDocs === 0
}
