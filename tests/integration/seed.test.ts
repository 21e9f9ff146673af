import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Concept } from '@/payload-types'
import { concepts as seedConcepts } from '@/seed/data/concepts'
import { demoUsers } from '@/seed/demoUsers'
import { seedDemoContent } from '@/seed/seedDemoContent'
import { testPayload } from '../helpers/payload'

let payload: Payload

async function countAll() {
  const collections = ['concepts', 'categories', 'use-cases', 'faqs', 'users', 'newsletter-issues'] as const
  const counts = await Promise.all(collections.map((collection) => payload.count({ collection })))
  return Object.fromEntries(collections.map((collection, i) => [collection, counts[i].totalDocs]))
}

beforeAll(async () => {
  payload = await testPayload()
  await seedDemoContent(payload)
}, 180_000)

describe('demo content', () => {
  it('can be seeded again without duplicating anything', async () => {
    const before = await countAll()
    await seedDemoContent(payload)
    expect(await countAll()).toEqual(before)
  }, 180_000)

  it('publishes at least 12 complete concepts over 4 categories and every difficulty', async () => {
    const { docs } = await payload.find({
      collection: 'concepts',
      where: { slug: { exists: true }, _status: { equals: 'published' }, firstPublishedAt: { exists: true } },
      pagination: false,
      depth: 1,
      joins: { faqs: { limit: 50 }, useCases: { limit: 50 } },
      overrideAccess: false,
    })
    const seedSlugs = new Set(seedConcepts.map((concept) => concept.slug))
    const seeded = docs.filter((doc) => seedSlugs.has(doc.slug))
    expect(seeded).toHaveLength(seedSlugs.size)
    expect(seeded.length).toBeGreaterThanOrEqual(12)
    expect(seeded.map((doc) => doc.slug)).toContain('foundation-model')
    expect(new Set(seeded.map((doc) => doc.difficulty))).toEqual(new Set(['beginner', 'intermediate', 'advanced']))
    expect(new Set(seeded.map((doc) => (doc.category as { slug: string }).slug)).size).toBeGreaterThanOrEqual(4)
    for (const concept of seeded) {
      expect(concept.keyTraits?.length, concept.slug).toBeGreaterThanOrEqual(2)
      expect(concept.pitfalls?.length, concept.slug).toBeGreaterThanOrEqual(2)
      expect(concept.faqs?.docs?.length, concept.slug).toBeGreaterThanOrEqual(3)
      expect(concept.useCases?.docs?.length, concept.slug).toBeGreaterThanOrEqual(2)
      expect(concept.readingTime, concept.slug).toBeGreaterThanOrEqual(2)
    }
    const withLinks = seeded.filter((doc: Concept) => (doc.related?.length ?? 0) > 0)
    expect(withLinks.length).toBe(seeded.length)
  })

  it('has a sent issue in the newsletter archive, as readers see it, and the next issue as a draft', async () => {
    const archive = await payload.find({ collection: 'newsletter-issues', overrideAccess: false, depth: 0 })
    expect(archive.docs.map((issue) => issue.slug)).toContain('welcome-why-every-model-needs-an-exam')
    expect(archive.docs.map((issue) => issue.slug)).not.toContain('attention-in-one-sitting')
    const next = await payload.find({
      collection: 'newsletter-issues',
      where: { slug: { equals: 'attention-in-one-sitting' } },
      draft: true,
      depth: 0,
    })
    expect(next.docs[0]?._status).toBe('draft')
  })

  it('has one demo account per role that can log in', async () => {
    for (const user of demoUsers) {
      const result = await payload.login({ collection: 'users', data: { email: user.email, password: user.password } })
      expect(result.user?.roles).toEqual(user.roles)
    }
  })
})
