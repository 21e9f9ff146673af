// Readers: loops that each keep one request open at a time against the public site and the
// headless API, picking pages at random, concept pages as often as all others together,
// including the ones editors are revising and, once published, the ones they wrote.
import { categoryPath, conceptPath, CONCEPTS_PATH, HOME_PATH, USE_CASES_PATH, useCasePath } from '@/routes'
import type { SoakClient } from './http'
import { pause } from './pause'
import type { SeededSite } from './seededSite'

const pickFrom = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)]

export class ReaderCatalogue {
  private readonly otherPages: string[]
  private readonly conceptPages: string[]

  constructor(site: SeededSite) {
    const [firstCategory] = site.categories
    this.otherPages = [
      HOME_PATH,
      CONCEPTS_PATH,
      `${CONCEPTS_PATH}?category=${firstCategory.slug}&difficulty=beginner`,
      ...site.categories.map((category) => categoryPath(category.slug)),
      USE_CASES_PATH,
      ...site.useCaseSlugs.map(useCasePath),
      '/feed.xml',
      '/sitemap.xml',
      '/api/concepts?sort=-lastUpdatedAt&limit=10&select[title]=true&select[slug]=true&select[summary]=true',
    ]
    this.conceptPages = site.concepts.map((concept) => conceptPath(concept.slug))
  }

  /** A concept the editors published: readers visit it from now on. */
  addConcept(slug: string): void {
    this.conceptPages.push(conceptPath(slug))
  }

  pick(): string {
    return pickFrom(Math.random() < 0.5 ? this.conceptPages : this.otherPages)
  }
}

/** Runs `readers` loops until `until` (a Date.now() time). */
export async function readContinuously(client: SoakClient, catalogue: ReaderCatalogue, readers: number, until: number) {
  await Promise.all(
    Array.from({ length: readers }, async () => {
      while (Date.now() < until) {
        const path = catalogue.pick()
        const answer = await client.request(path.startsWith('/api/') ? 'api read' : 'page', 'GET', path)
        // A server that stopped answering is not hammered; the report counts what went unanswered.
        if (answer.status === null) await pause(1000)
      }
    }),
  )
}
