// The sign-up emails: HTML and text say the same, link to the right page, and escape what they show.
import { describe, expect, it, vi } from 'vitest'
import { noticeHtml, noticeText } from '@/newsletter/subscribe/noticeEmail'
import { alreadySubscribedNotice, confirmationNotice } from '@/newsletter/subscribe/signUpEmails'

describe('the confirmation email', () => {
  it('links to the confirm page with the token, in both parts, and says what arrives, how often and for how long', () => {
    vi.stubEnv('SITE_URL', 'https://groundwork.example')
    const notice = confirmationNotice('abc_DEF-123')
    const link = 'https://groundwork.example/newsletter/confirm?token=abc_DEF-123'
    for (const part of [noticeHtml(notice), noticeText(notice)]) {
      expect(part).toContain(link)
      expect(part).toMatch(/one AI concept, clearly explained, and one real-world use case/)
      expect(part).toMatch(/every Tuesday/i)
      expect(part).toMatch(/48 hours/)
    }
    expect(notice.subject).toBe('Confirm your Groundwork subscription')
  })
})

describe('the already-subscribed note', () => {
  it('offers the unsubscribe page and the archive, and confirms nothing', () => {
    vi.stubEnv('SITE_URL', 'https://groundwork.example')
    const text = noticeText(alreadySubscribedNotice('https://groundwork.example/newsletter/unsubscribe?token=7.sig'))
    expect(text).toContain('Unsubscribe: https://groundwork.example/newsletter/unsubscribe?token=7.sig')
    expect(text).toContain('https://groundwork.example/newsletter')
    expect(text).not.toContain('/newsletter/confirm')
  })
})

describe('a notice’s HTML', () => {
  it('escapes what it shows, in text and in addresses', () => {
    const html = noticeHtml({
      subject: 'A <b>bold</b> subject',
      heading: 'Tom & Jerry',
      paragraphs: ['<script>alert(1)</script>'],
      action: { label: 'Go', href: 'https://site.test/?a=1&b="2"' },
      footnote: 'Small print',
    })
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('Tom &amp; Jerry')
    expect(html).toContain('href="https://site.test/?a=1&amp;b=&quot;2&quot;"')
  })
})
