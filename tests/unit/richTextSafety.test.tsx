import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { RichText } from '@/components/RichText'
import { isSafeHref, MAX_RICH_TEXT_DEPTH, richTextProblem } from '@/fields/checks/richTextSafety'
import {
  editorDocument as document,
  heading,
  nestedParagraphs as nested,
  paragraphWithLink as link,
} from '../helpers/lexical'

describe('link addresses', () => {
  it.each(['https://example.com/a', 'http://example.com', 'mailto:team@example.com', '/concepts/rag', '#faq'])(
    'keeps %s',
    (href) => expect(isSafeHref(href)).toBe(true),
  )

  it.each([
    'data:text/html,<b>hi</b>',
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'vbscript:msgbox(1)',
    '//elsewhere.example/page',
    '/\\elsewhere.example',
    'concepts/rag',
    '',
  ])('refuses %s', (href) => expect(isSafeHref(href)).toBe(false))
})

describe('a rich-text document', () => {
  it('with headings h1 to h6 and safe links has no problem', () => {
    expect(richTextProblem(document(heading('h2'), heading('h6'), link('https://example.com')))).toBeUndefined()
  })

  it.each(['img', 'iframe', 'plaintext', 'h7abc', 'H2'])('refuses a heading tagged %s', (tag) => {
    expect(richTextProblem(document(heading(tag)))).toMatch(/h1 to h6/)
  })

  it('refuses a data: link', () => {
    expect(richTextProblem(document(link('data:text/html,x')))).toMatch(/http\(s\) or mailto/)
  })

  it(`nests at most ${MAX_RICH_TEXT_DEPTH} levels, and measures 100,000 without overflowing`, () => {
    expect(richTextProblem(nested(MAX_RICH_TEXT_DEPTH - 1))).toBeUndefined()
    expect(richTextProblem(nested(MAX_RICH_TEXT_DEPTH + 1))).toMatch(/at most/)
    expect(richTextProblem(nested(100_000))).toMatch(/at most/)
  })

  it('refuses values that are not editor documents', () => {
    expect(richTextProblem('plain text')).toMatch(/root node/)
    expect(richTextProblem({ root: { type: 'root', children: 'x' } })).toMatch(/not a list/)
  })
})

describe('rendering what is already stored', () => {
  it('shows the text of an unsafe link without the link', () => {
    const html = renderToStaticMarkup(<RichText data={document(link('javascript:alert(1)'))} />)
    expect(html).toContain('read more')
    expect(html).not.toMatch(/<a[^>]*javascript/i)
  })

  it('renders a heading with an unknown tag as a paragraph, and real headings as headings', () => {
    const html = renderToStaticMarkup(<RichText data={document(heading('iframe'), heading('h2'))} />)
    expect(html).not.toContain('<iframe')
    expect(html).toContain('<p>Why it matters</p>')
    expect(html).toMatch(/<h2 id="section-why-it-matters">/)
  })
})
