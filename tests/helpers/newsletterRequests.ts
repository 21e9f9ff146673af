// Requests to the newsletter's route handlers as a browser or a mail client sends them,
// and the pages its links open, rendered as readers see them.
import type { ParsedMail } from 'mailparser'
import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { expect } from 'vitest'
import { POST as subscribeRoute } from '../../app/(site)/api/newsletter/subscribe/route'
import { POST as confirmRoute } from '../../app/(site)/api/newsletter/confirm/route'
import { POST as unsubscribePost } from '../../app/(site)/api/newsletter/unsubscribe/route'

let counter = 0
export const newAddress = (label: string) => `${label}-${Date.now().toString(36)}-${++counter}@example.com`
/** Every request comes from its own client unless a test says otherwise, so no test trips another's limit. */
export const newClient = () => `198.51.${Math.floor(++counter / 250) % 250}.${counter % 250}`

export type Sent = { client?: string; origin?: string }

export function post(path: string, body: BodyInit, contentType: string | undefined, { client, origin }: Sent = {}) {
  return new Request(`http://localhost${path}`, {
    method: 'POST',
    headers: {
      ...(contentType ? { 'content-type': contentType } : {}),
      'x-forwarded-for': client ?? newClient(),
      ...(origin ? { origin } : {}),
    },
    body,
  })
}

export const FORM = 'application/x-www-form-urlencoded'
export const signUpForm = (fields: Record<string, string>, sent?: Sent) =>
  subscribeRoute(post('/api/newsletter/subscribe', new URLSearchParams(fields).toString(), FORM, sent))
export const signUpJson = (body: unknown, sent?: Sent) =>
  subscribeRoute(post('/api/newsletter/subscribe', JSON.stringify(body), 'application/json', sent))
export const signUp = (email: string, source = 'home') => signUpForm({ email, source, website: '' })

export const confirmForm = (token: string) =>
  confirmRoute(post('/api/newsletter/confirm', new URLSearchParams({ token }).toString(), FORM))
export const confirmJson = (token: unknown) =>
  confirmRoute(post('/api/newsletter/confirm', JSON.stringify({ token }), 'application/json'))

export const unsubscribeAddress = (token: string) => `/api/newsletter/unsubscribe?${new URLSearchParams({ token })}`
/** As a mail client sends RFC 8058's one-click POST: the fixed body, no cookie, no session. */
export const oneClick = (token: string) =>
  unsubscribePost(post(unsubscribeAddress(token), 'List-Unsubscribe=One-Click', FORM))

export function confirmLinkIn(mail: ParsedMail): URL {
  const link = /https?:\/\/\S+\/newsletter\/confirm\?token=[\w-]+/.exec(mail.text ?? '')?.[0]
  expect(link, 'a confirmation link in the text part').toBeDefined()
  return new URL(link!)
}

/** The answer as a reader or client sees it: status, where it leads, and what it says. */
export const answerOf = async (response: Response) => ({
  status: response.status,
  location: response.headers.get('location'),
  body: await response.text(),
})

export const renderPage = async (page: Promise<ReactElement>) => renderToStaticMarkup(await page)
export const formTag = (html: string) => /<form[^>]*>/.exec(html)?.[0]
export const searchParams = (token: string) => ({ searchParams: Promise.resolve({ token }) })
/** notFound() throws Next's 404 signal, which the segment's not-found.tsx answers. */
export const NOT_FOUND = /NEXT_HTTP_ERROR_FALLBACK;404/
