// Long lists in pages: the addresses of each page, the page links shown, the page numbers
// accepted, the split of the sitemap, and which /concepts addresses go to the filtered index.
import { describe, expect, it } from 'vitest'
import { visiblePages } from '@/components/Pagination'
import { parsePageNumber } from '@/content/pageNumber'
import { URLS_PER_SITEMAP } from '@/content/reads/feeds'
import { conceptIndexPath, listPagePath } from '@/routes'
import { CONCEPT_INDEX_PARAMETERS, conceptIndexRewrites } from '@/routing/conceptIndexRewrites.mjs'
import { fitsOneSitemap, sitemapPartFile, sitemapPartNamed, sitemapParts } from '@/seo/sitemapParts'

describe('the addresses of list pages', () => {
  it('gives the plain A–Z index addresses of its own, and keeps filters in the query string', () => {
    expect(conceptIndexPath({ sort: 'name' })).toBe('/concepts')
    expect(conceptIndexPath({ sort: 'name' }, 3)).toBe('/concepts/page/3')
    expect(conceptIndexPath({ sort: 'name', difficulty: 'advanced' }, 1)).toBe('/concepts?difficulty=advanced')
    expect(conceptIndexPath({ sort: 'updated', category: 'foundations' }, 2)).toBe(
      '/concepts?category=foundations&sort=updated&page=2',
    )
    expect(listPagePath('/use-cases', 1)).toBe('/use-cases')
    expect(listPagePath('/categories/foundations', 4)).toBe('/categories/foundations/page/4')
  })

  it('sends /concepts to the filtered index only when the query string holds one of its parameters', () => {
    const rewrites = conceptIndexRewrites()
    expect(rewrites.map((rewrite) => rewrite.has[0].key).sort()).toEqual([...CONCEPT_INDEX_PARAMETERS].sort())
    expect(new Set(rewrites.map((rewrite) => `${rewrite.source} → ${rewrite.destination}`))).toEqual(
      new Set(['/concepts → /concept-index']),
    )
  })
})

describe('page numbers in addresses', () => {
  it('reads whole numbers from 1, and treats a missing number as the first page', () => {
    expect(parsePageNumber(undefined)).toBe(1)
    expect(parsePageNumber('7')).toBe(7)
    expect(parsePageNumber(['2', '9'])).toBe(2)
  })

  it('refuses zero, signs, leading zeros, fractions, words and absurd numbers', () => {
    for (const bad of ['0', '-1', '+2', '02', '1.5', 'two', '', '1e3', '9999999', ' 3']) {
      expect(parsePageNumber(bad), bad).toBeUndefined()
    }
  })
})

describe('the page links under a list', () => {
  it('shows every page of a short list', () => {
    expect(visiblePages(2, 4)).toEqual([1, 2, 3, 4])
  })

  it('shows the ends and two pages either side of the current one, with gaps between', () => {
    expect(visiblePages(1, 167)).toEqual([1, 2, 3, 'gap', 167])
    expect(visiblePages(50, 167)).toEqual([1, 'gap', 48, 49, 50, 51, 52, 'gap', 167])
    expect(visiblePages(166, 167)).toEqual([1, 'gap', 164, 165, 166, 167])
    expect(visiblePages(4, 167)).toEqual([1, 2, 3, 4, 5, 6, 'gap', 167])
  })
})

describe('the sitemap split', () => {
  const small = { categories: 4, 'use-cases': 10, concepts: 14 }
  const large = { categories: 12, 'use-cases': 5_000, concepts: 10_000 }

  it('stays one list while the site fits in one', () => {
    expect(fitsOneSitemap(small, 6)).toBe(true)
    expect(fitsOneSitemap({ ...small, concepts: URLS_PER_SITEMAP - 20 }, 6)).toBe(true)
    expect(fitsOneSitemap({ ...small, concepts: URLS_PER_SITEMAP - 19 }, 6)).toBe(false)
  })

  it('becomes an index of parts, none over the limit, named by file', () => {
    expect(fitsOneSitemap(large, 6)).toBe(false)
    expect(sitemapParts(large).map(sitemapPartFile)).toEqual([
      'pages.xml',
      'categories-1.xml',
      'use-cases-1.xml',
      'concepts-1.xml',
      'concepts-2.xml',
    ])
    expect(sitemapPartNamed('concepts-2.xml', large)).toEqual({ kind: 'collection', collection: 'concepts', part: 2 })
    expect(sitemapPartNamed('concepts-3.xml', large)).toBeUndefined()
    expect(sitemapPartNamed('../concepts-1.xml', large)).toBeUndefined()
  })
})
