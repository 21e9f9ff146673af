import Link from 'next/link'
import type { SearchHit } from '@/search/runSearch'
import { snippetParts } from '@/search/snippet'
import { DifficultyMeter } from '../DifficultyMeter'

/** The passage that matched, with the matched words marked. */
function Snippet({ marked }: { marked: string }) {
  return (
    <p className="search-snippet">
      {snippetParts(marked).map((part, index) => (part.marked ? <mark key={index}>{part.text}</mark> : part.text))}
    </p>
  )
}

/** Ranked results: what each is, where it belongs, and why it matched. */
export function SearchHits({ hits, start }: { hits: SearchHit[]; start: number }) {
  return (
    <ol className="search-hits" start={start}>
      {hits.map((hit) => (
        <li key={`${hit.type}-${hit.id}`}>
          <article className="search-hit">
            <h2>
              <Link href={hit.url}>{hit.title}</Link>
            </h2>
            <p className="meta">
              <span className="search-kind">{hit.type === 'concept' ? 'Concept' : 'Use case'}</span>
              {hit.category ? <span>{hit.category.name}</span> : null}
              {hit.difficulty ? <DifficultyMeter difficulty={hit.difficulty} /> : null}
            </p>
            <Snippet marked={hit.snippet} />
          </article>
        </li>
      ))}
    </ol>
  )
}
