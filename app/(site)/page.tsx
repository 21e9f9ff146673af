import Link from 'next/link'
import { cachedCategories, cachedHomeSelection } from '@/content/cached'
import { CategoryGrid } from '@/components/home/CategoryGrid'
import { ConceptOfTheWeek } from '@/components/home/ConceptOfTheWeek'
import { HeroIllustration } from '@/components/home/HeroIllustration'
import { LearningPaths } from '@/components/home/LearningPaths'
import { RecentConcepts } from '@/components/home/RecentConcepts'
import { SignUpForm } from '@/components/newsletter/SignUpForm'
import { CONCEPTS_PATH, conceptsAtDifficulty, HOME_PATH } from '@/routes'
import { counted } from '@/vocabulary/counted'
import type { Metadata } from 'next'
import { pageMetadata } from '@/seo/pageMetadata'

export const metadata: Metadata = pageMetadata({ path: HOME_PATH })

// The concept of the week changes on Mondays; refresh the page hourly to notice.
export const revalidate = 3600

export default async function HomePage() {
  const [home, categories] = await Promise.all([cachedHomeSelection(new Date()), cachedCategories()])
  return (
    <div className="home">
      <section className="hero" aria-labelledby="home-title">
        <HeroIllustration />
        <h1 id="home-title">AI concepts, clearly explained</h1>
        <p className="hero-lead">
          Plain-spoken explanations of the ideas behind modern AI: what each one is, what makes it that, what real teams
          shipped with it, and where it goes wrong. A reviewer checks every page before you read it.
        </p>
        {home.conceptCount > 0 ? (
          <p className="hero-actions">
            <Link href={conceptsAtDifficulty('beginner')} className="button button-primary">
              Start with the basics
            </Link>
            <Link href={CONCEPTS_PATH} className="button">
              Browse all {counted(home.conceptCount, 'concept')}
            </Link>
          </p>
        ) : null}
      </section>

      {home.featured ? (
        <ConceptOfTheWeek concept={home.featured} />
      ) : (
        <p className="empty">
          The first explanations are being written and reviewed. Sign up below to hear when they are out.
        </p>
      )}

      <LearningPaths paths={home.paths} />

      <CategoryGrid categories={categories} />

      <div className="home-columns">
        <RecentConcepts
          id="recently-published"
          heading="Recently published"
          concepts={home.recentlyPublished}
          dated="firstPublishedAt"
        />
        <RecentConcepts
          id="recently-updated"
          heading="Recently updated"
          concepts={home.recentlyUpdated}
          dated="lastUpdatedAt"
        />
      </div>

      <SignUpForm source="home" />
    </div>
  )
}
