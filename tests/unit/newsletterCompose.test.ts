import { describe, expect, it } from 'vitest'
import { issueBlocks } from '@/newsletter/compose/issueBlocks'
import { composeIssueEmail } from '@/newsletter/compose/issueEmail'
import { inShort, paragraphs, type IssueContent } from '@/newsletter/compose/issueContent'
import { wrap } from '@/newsletter/compose/renderText'
import { csvField, subscribersCsv } from '@/newsletter/admin/subscriberExport'

const content: IssueContent = {
  subject: 'Attention <in> one sitting',
  slug: 'attention',
  sendAt: '2026-12-01T09:00:00.000Z',
  intro: ['First paragraph from the editor.', 'Second & last.'],
  concept: {
    title: 'Attention',
    url: 'https://groundwork.example/concepts/attention',
    summary: 'A way for a model to weigh earlier words.',
    whatIsHeading: 'What is attention?',
    traitsHeading: 'Key traits of attention',
    whatItIs: 'Attention scores how much each word matters for the next one.',
    traits: [
      { label: 'Weighted', explanation: 'Every word gets a weight.' },
      { label: 'Parallel', explanation: 'All words at once.' },
    ],
  },
  useCase: {
    title: 'Translation at scale',
    organization: 'Acme',
    story: 'Acme translated its manuals with it.',
    url: 'https://groundwork.example/use-cases/translation',
  },
  webUrl: 'https://groundwork.example/newsletter/attention',
  archiveUrl: 'https://groundwork.example/newsletter',
}

describe('an issue’s email', () => {
  const email = composeIssueEmail(content).render('https://groundwork.example/newsletter/unsubscribe?token=1.abc')

  it('says the same things in its HTML and its text part', () => {
    for (const phrase of [
      'First paragraph from the editor.',
      'What is attention?',
      'Every word gets a weight.',
      'Translation at scale',
      'Acme translated its manuals with it.',
    ]) {
      expect(email.html).toContain(phrase)
      expect(email.text).toContain(phrase)
    }
    for (const url of [content.concept.url, content.useCase.url, content.webUrl, content.archiveUrl]) {
      expect(email.html).toContain(`href="${url}"`)
      expect(email.text).toContain(url)
    }
  })

  it('escapes what editors write, and carries the reader’s unsubscribe link in both parts', () => {
    expect(email.html).toContain('Attention &lt;in&gt; one sitting')
    expect(email.html).toContain('Second &amp; last.')
    expect(email.html).not.toContain('<in>')
    expect(email.html).toContain('href="https://groundwork.example/newsletter/unsubscribe?token=1.abc"')
    expect(email.text).toContain('https://groundwork.example/newsletter/unsubscribe?token=1.abc')
  })

  it('has no tracking: its only image is the brand mark, with alt text, and a dark palette', () => {
    const images = email.html.match(/<img [^>]*>/g) ?? []
    expect(images).toHaveLength(1)
    expect(images[0]).toContain('alt="Groundwork"')
    expect(email.html).toContain('prefers-color-scheme: dark')
    expect(email.html).toContain('name="viewport"')
  })

  it('keeps the text part to 72 columns, bar long links', () => {
    for (const line of email.text.split('\n').filter((line) => !line.includes('https://'))) {
      expect(line.length, line).toBeLessThanOrEqual(72)
    }
  })

  it('leaves out what the concept lacks', () => {
    const bare = issueBlocks({ ...content, concept: { ...content.concept, whatItIs: '', traits: [] } })
    expect(bare.map((block) => block.kind)).not.toContain('traits')
    expect(bare.map((block) => block.kind)).not.toContain('subheading')
  })
})

describe('shortening and splitting text', () => {
  it('keeps whole sentences up to the limit, and at least one', () => {
    expect(inShort('One two. Three four. Five six.', 20)).toBe('One two. Three four.')
    expect(inShort('A single sentence that is longer than the limit.', 10)).toBe(
      'A single sentence that is longer than the limit.',
    )
  })

  it('splits an intro at blank lines', () => {
    expect(paragraphs('One\nline.\n\n\nTwo.  ')).toEqual(['One line.', 'Two.'])
  })

  it('wraps prose without breaking words', () => {
    const wrapped = wrap('word '.repeat(40))
    expect(wrapped.split('\n').every((line) => line.length <= 72)).toBe(true)
    expect(wrapped.replace(/\n/g, ' ').split(' ').filter(Boolean)).toHaveLength(40)
  })
})

describe('the subscriber CSV', () => {
  it('quotes what must be quoted and never lets a spreadsheet run a formula', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvField(null)).toBe('')
  })

  it('has a header row and one row per subscriber', () => {
    const csv = subscribersCsv([
      {
        email: 'a@example.test',
        status: 'confirmed',
        consentAt: '2026-11-30T10:00:00.000Z',
        consentSource: 'home',
        confirmedAt: null,
        unsubscribedAt: null,
        bouncedAt: null,
      },
    ])
    expect(csv).toBe(
      'email,status,consentAt,consentSource,confirmedAt,unsubscribedAt,bouncedAt\r\na@example.test,confirmed,2026-11-30T10:00:00.000Z,home,,,\r\n',
    )
  })
})
