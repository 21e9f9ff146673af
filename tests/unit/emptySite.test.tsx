// A new site with nothing published yet: no empty sections, and lists that say why they are empty.
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { EmptyResults } from '@/components/ConceptIndex'
import { CategoryGrid } from '@/components/home/CategoryGrid'
import { LearningPaths } from '@/components/home/LearningPaths'

describe('before anything is published', () => {
  it('the home page shows no learning paths and no category grid', () => {
    const paths = (['beginner', 'intermediate', 'advanced'] as const).map((difficulty) => ({
      difficulty,
      concepts: [],
    }))
    expect(renderToStaticMarkup(<LearningPaths paths={paths} />)).toBe('')
    expect(renderToStaticMarkup(<CategoryGrid categories={[]} />)).toBe('')
  })

  it('the index says nothing is published, and only filters get the way back to all concepts', () => {
    expect(renderToStaticMarkup(<EmptyResults filtered={false} />)).toBe(
      '<p class="empty">No concepts are published yet.</p>',
    )
    expect(renderToStaticMarkup(<EmptyResults filtered />)).toContain('<a href="/concepts">Show all concepts</a>')
  })
})
