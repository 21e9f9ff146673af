import Link from 'next/link'
import { cachedCategories, cachedConceptList } from '@/content/cached'
import { ConceptGrid } from '@/components/ConceptGrid'
import { ConceptMeta } from '@/components/ConceptMeta'
import { DifficultyBadge } from '@/components/DifficultyBadge'
import { NewsletterCallout } from '@/components/NewsletterCallout'
import { conceptOfTheWeek, recentlyPublished, recentlyUpdated, startHerePaths } from '@/content/homeSelection'
import { categoryPath, conceptPath, CONCEPTS_PATH, conceptsAtDifficulty } from '@/routes'
import { DIFFICULTY } from '@/vocabulary/difficulty'

// The concept of the week changes on Mondays; refresh the page hourly to notice.
export const revalidate = 3600

export default async function HomePage() {
  const [concepts, categories] = await Promise.all([cachedConceptList(), cachedCategories()])
  const featured = conceptOfTheWeek(concepts, new Date())
  const updated = recentlyUpdated(concepts, 4)
  return (
    <>
      <h1>AI concepts, clearly explained</h1>
      <p className="lead">
        What each idea is, what makes it that, what real teams shipped with it, and where it goes wrong.
      </p>

      {featured ? (
        <section aria-labelledby="concept-of-the-week" className="featured">
          <h2 id="concept-of-the-week">Concept of the week</h2>
          <h3>
            <Link href={conceptPath(featured.slug)}>{featured.title}</Link>
          </h3>
          <p>{featured.summary}</p>
          <ConceptMeta concept={featured} />
        </section>
      ) : (
        <p>No concepts are published yet.</p>
      )}

      <section aria-labelledby="start-here">
        <h2 id="start-here">Start here</h2>
        <ol className="paths">
          {startHerePaths(concepts, 3).map(({ difficulty, concepts: path }) => (
            <li key={difficulty}>
              <h3>
                <DifficultyBadge difficulty={difficulty} />
              </h3>
              <ul>
                {path.map((concept) => (
                  <li key={concept.id}>
                    <Link href={conceptPath(concept.slug)}>{concept.title}</Link>
                  </li>
                ))}
              </ul>
              <Link href={conceptsAtDifficulty(difficulty)} className="more">
                All {DIFFICULTY[difficulty].label.toLowerCase()} concepts
              </Link>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="recently-published">
        <h2 id="recently-published">Recently published</h2>
        <ConceptGrid concepts={recentlyPublished(concepts, 4)} />
      </section>

      {updated.length > 0 ? (
        <section aria-labelledby="recently-updated">
          <h2 id="recently-updated">Recently updated</h2>
          <ConceptGrid concepts={updated} />
        </section>
      ) : null}

      <section aria-labelledby="browse-categories">
        <h2 id="browse-categories">Browse by category</h2>
        <ul className="category-list">
          {categories.map((category) => (
            <li key={category.id}>
              <Link href={categoryPath(category.slug)}>{category.name}</Link>{' '}
              <span className="meta">
                {category.conceptCount} {category.conceptCount === 1 ? 'concept' : 'concepts'}
              </span>
            </li>
          ))}
        </ul>
        <p>
          <Link href={CONCEPTS_PATH}>See every concept, A to Z</Link>
        </p>
      </section>

      <NewsletterCallout />
    </>
  )
}
