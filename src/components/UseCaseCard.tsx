import Link from 'next/link'
import type { UseCaseListItem } from '@/content/cached'
import { useCasePath } from '@/routes'

/** "OpenAI · 2023": who shipped it, and when. */
export function UseCaseByline({ useCase }: { useCase: Pick<UseCaseListItem, 'organization' | 'year'> }) {
  return (
    <p className="byline">
      <span className="organization">{useCase.organization}</span>
      {useCase.year ? <span>{useCase.year}</span> : null}
    </p>
  )
}

type Props = {
  useCase: UseCaseListItem & { link?: string | null }
  /** The heading's level where the list sits: h2 on the use-case index, h3 inside an article. */
  heading: 'h2' | 'h3'
}

/** One use case in a `ul.use-cases` list: its title, byline, summary and, when known, its source. */
export function UseCaseCard({ useCase, heading: Heading }: Props) {
  return (
    <li className="use-case">
      <UseCaseByline useCase={useCase} />
      <Heading className="use-case-title">
        <Link href={useCasePath(useCase.slug)}>{useCase.title}</Link>
      </Heading>
      <p>{useCase.summary}</p>
      {useCase.link ? (
        <a href={useCase.link} rel="noopener noreferrer" className="source-link">
          Source<span className="visually-hidden">: {useCase.title}</span>
        </a>
      ) : null}
    </li>
  )
}
