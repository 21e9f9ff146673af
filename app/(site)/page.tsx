import Link from 'next/link'
import { cachedCategories, cachedConceptList } from '@/content/cached'
import { CategoryGrid } from '@/components/home/CategoryGrid'
import { ConceptOfTheWeek } from '@/components/home/ConceptOfTheWeek'
import { HeroIllustration } from '@/components/home/HeroIllustration'
import { LearningPaths } from '@/components/home/LearningPaths'
import { RecentConcepts } from '@/components/home/RecentConcepts'
import { SignUpForm } from '@/components/newsletter/SignUpForm'
import { conceptOfTheWeek, recentlyPublished, recentlyUpdated, startHerePaths } from '@/content/homeSelection'
import { CONCEPTS_PATH, conceptsAtDifficulty } from '@/routes'

// The concept of the week changes on Mondays; refresh the page hourly to notice.
export const revalidate = 3600

export default async function HomePage() {
  const [concepts, categories] = await Promise.all([cachedConceptList(), cachedCategories()])
  const featured = conceptOfTheWeek(concepts, new Date())
  const updated = recentlyUpdated(concepts, 4)
  return (
    <div className="home">
      <section className="hero" aria-labelledby="home-title">
        <HeroIllustration />
        <h1 id="home-title">AI concepts, clearly explained</h1>
        <p className="hero-lead">
          Plain-spoken explanations of the ideas behind modern AI: what each one is, what makes it that, what real teams
          shipped with it, and where it goes wrong. A reviewer checks every page before you read it.
        </p>
        <p className="hero-actions">
          <Link href={conceptsAtDifficulty('beginner')} className="button button-primary">
            Start with the basics
          </Link>
          <Link href={CONCEPTS_PATH} className="button">
            Browse all {concepts.length} concepts
          </Link>
        </p>
      </section>

      {featured ? <ConceptOfTheWeek concept={featured} /> : <p>No concepts are published yet.</p>}

      <LearningPaths paths={startHerePaths(concepts, 3)} />

      <CategoryGrid categories={categories} />

      <div className="home-columns">
        <RecentConcepts
          id="recently-published"
          heading="Recently published"
          concepts={recentlyPublished(concepts, 4)}
          dated="firstPublishedAt"
        />
        <RecentConcepts id="recently-updated" heading="Recently updated" concepts={updated} dated="lastUpdatedAt" />
      </div>

      <SignUpForm source="home" />
    </div>
  )
}
