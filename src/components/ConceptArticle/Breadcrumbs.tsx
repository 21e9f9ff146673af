import Link from 'next/link'
import type { ConceptPage } from '../../content/concepts'

export function Breadcrumbs({ concept }: { concept: ConceptPage }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumbs">
      <Link href="/">Home</Link> / <Link href="/concepts">Concepts</Link> /{' '}
      {concept.category ? (
        <>
          <Link href={`/categories/${concept.category.slug}`}>{concept.category.name}</Link> /{' '}
        </>
      ) : null}
      <span aria-current="page">{concept.title}</span>
    </nav>
  )
}
