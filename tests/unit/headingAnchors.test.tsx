// Headings in rich text get addresses of their own, which never take a section's of the page
// (the FAQ, the pitfalls…), another heading's, or none at all.
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { RichText } from '@/components/RichText'
import { editorDocument, heading } from '../helpers/lexical'

const headingsOf = (html: string) =>
  [...html.matchAll(/<h2 id="([^"]*)">(.*?)<a href="([^"]*)"([^>]*)>#<\/a><\/h2>/g)].map(
    ([, id, text, href, attributes]) => ({ id, text, href, attributes }),
  )

describe('a heading in rich text', () => {
  it('is addressed by its text under the document’s prefix, apart from the page’s own sections', () => {
    const html = renderToStaticMarkup(
      <RichText data={editorDocument(heading('h2', 'FAQ'), heading('h2', 'Pitfalls'))} />,
    )
    expect(headingsOf(html).map(({ id, href }) => [id, href])).toEqual([
      ['section-faq', '#section-faq'],
      ['section-pitfalls', '#section-pitfalls'],
    ])
  })

  it('gets an address of its own when its text repeats, or has no letters a slug keeps', () => {
    const document = editorDocument(
      heading('h2', 'Example'),
      heading('h2', 'Example'),
      heading('h2', 'Example 2'),
      heading('h2', '仕組み'),
      heading('h2', 'تعريف'),
    )
    const ids = headingsOf(renderToStaticMarkup(<RichText data={document} anchorPrefix="faq-2" />)).map(({ id }) => id)
    expect(ids).toEqual(['faq-2-example', 'faq-2-example-2', 'faq-2-example-2-2', 'faq-2-heading', 'faq-2-heading-2'])
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('is never a second h1 on the page: one stored as h1 shows as an h2', () => {
    const html = renderToStaticMarkup(<RichText data={editorDocument(heading('h1', 'Overview'))} />)
    expect(html).not.toContain('<h1')
    expect(headingsOf(html).map(({ id }) => id)).toEqual(['section-overview'])
  })

  it('keeps its link to itself out of its name and out of the tab order', () => {
    const [only] = headingsOf(renderToStaticMarkup(<RichText data={editorDocument(heading('h2', 'How it works'))} />))
    expect(only.text).toBe('How it works')
    expect(only.attributes).toContain('aria-hidden="true"')
    expect(only.attributes).toContain('tabindex="-1"')
  })
})
