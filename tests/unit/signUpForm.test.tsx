// The sign-up form as a reader (and a screen reader) gets it, with and without an error to show.
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { SignUpForm } from '@/components/newsletter/SignUpForm'

const inputTag = (html: string, name: string) => new RegExp(`<input[^>]*name="${name}"[^>]*>`).exec(html)?.[0] ?? ''

describe('the sign-up form', () => {
  it('asks for an email address only, says what arrives and how often, and links to the archive', () => {
    const html = renderToStaticMarkup(<SignUpForm source="concept" />)
    expect(html).toMatch(/<form[^>]*action="\/api\/newsletter\/subscribe"/)
    expect(html).toContain('method="post"')
    expect(html).toContain('<label for="sign-up-email">Email address</label>')
    const email = inputTag(html, 'email')
    for (const attribute of ['type="email"', 'autoComplete="email"', 'required=""', 'id="sign-up-email"']) {
      expect(email).toContain(attribute)
    }
    expect(html).toContain('every Tuesday')
    expect(html).toContain('href="/newsletter"')
    expect(inputTag(html, 'source')).toContain('value="concept"')
    expect(html).not.toContain('aria-invalid')
  })

  it('hides the honeypot from people, screen readers and the tab order', () => {
    const html = renderToStaticMarkup(<SignUpForm source="home" />)
    expect(html).toMatch(/<div class="visually-hidden" aria-hidden="true"><label>[^<]*<input[^>]*name="website"/)
    expect(inputTag(html, 'website')).toContain('tabindex="-1"')
    expect(inputTag(html, 'website')).toContain('autoComplete="off"')
  })

  it('shows why a sign-up was refused, tied to the field', () => {
    const html = renderToStaticMarkup(<SignUpForm source="newsletter" error="invalid-email" />)
    expect(html).toContain('<p id="sign-up-error" class="sign-up-error">Enter a valid email address')
    expect(inputTag(html, 'email')).toContain('aria-describedby="sign-up-error sign-up-hint"')
    expect(inputTag(html, 'email')).toContain('aria-invalid="true"')
  })

  it.each([['made-up'], [['invalid-email', 'not-sent']], ['toString']])(
    'shows nothing for an error it never sends (%j)',
    (error) => {
      const html = renderToStaticMarkup(<SignUpForm source="newsletter" error={error} />)
      expect(html).not.toContain('sign-up-error')
      expect(html).not.toContain('aria-invalid')
    },
  )
})
