import Link from 'next/link'
import type { ConceptPage } from '@/content/cached'
import { categoryPath, CONCEPTS_PATH, HOME_PATH } from '@/routes'

export function Breadcrumbs({ concept }: { concept: ConceptPage }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumbs">
      <Link href={HOME_PATH}>Home</Link> / <Link href={CONCEPTS_PATH}>Concepts</Link> /{' '}
      {concept.category ? (
        <>
          <Link href={categoryPath(concept.category.slug)}>{concept.category.name}</Link> /{' '}
        </>
      ) : null}
      <span aria-current="page">{concept.title}</span>
    </nav>
  )
}
