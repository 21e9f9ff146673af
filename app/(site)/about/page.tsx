import type { Metadata } from 'next'
import Link from 'next/link'
import { ABOUT_PATH, CATEGORIES_PATH, conceptsAtDifficulty, USE_CASES_PATH } from '@/routes'
import { pageMetadata } from '@/seo/pageMetadata'

export const metadata: Metadata = pageMetadata({
  title: 'About',
  description: 'How Groundwork explains AI concepts: written by editors, checked by reviewers, grounded in real use.',
  path: ABOUT_PATH,
})

export default function AboutPage() {
  return (
    <article className="page reading prose">
      <h1>About Groundwork</h1>
      <p className="lead">
        Groundwork is a learning site about AI concepts for people who want the real idea, not the buzzword.
      </p>
      <h2>How a page is made</h2>
      <p>
        Every concept page follows the same anatomy: a one-line answer, an explanation of what the idea is and where it
        came from, the traits that make something an example of it, what real teams have shipped with it, the mistakes
        people commonly make, and answers to the questions readers actually ask.
      </p>
      <p>
        Editors write each page, and reviewers check every change before it reaches readers. Each page shows when it was
        last updated, so you can tell how fresh it is.
      </p>
      <h2>Where to begin</h2>
      <p>
        New to the field? Start with the beginner concepts in the{' '}
        <Link href={conceptsAtDifficulty('beginner')}>index</Link>, or browse by{' '}
        <Link href={CATEGORIES_PATH}>category</Link>. For practical stories, see the{' '}
        <Link href={USE_CASES_PATH}>use cases</Link>.
      </p>
    </article>
  )
}
