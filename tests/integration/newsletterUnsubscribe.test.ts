// Leaving the newsletter: the link in every issue opens a page and never unsubscribes on its
// own, the one-click POST of RFC 8058 does, forged tokens change nothing, and a reader who
// left can come back through the double opt-in.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { unsubscribeToken } from '@/newsletter/unsubscribeLinks'
import { GET as unsubscribeGet, POST as unsubscribePost } from '../../app/(site)/api/newsletter/unsubscribe/route'
import UnsubscribePage from '../../app/(site)/newsletter/unsubscribe/page'
import { databaseFingerprint } from '../helpers/databaseFingerprint'
import {
  FORM,
  NOT_FOUND,
  confirmForm,
  confirmJson,
  confirmLinkIn,
  formTag,
  newAddress,
  oneClick,
  post,
  renderPage,
  searchParams,
  signUp,
  unsubscribeAddress,
} from '../helpers/newsletterRequests'
import { testPayload } from '../helpers/payload'
import { smtpPeerForThisFile } from '../helpers/smtpPeer'
import { subscriber, subscriberIn } from '../helpers/subscribers'

let payload: Payload
const peer = smtpPeerForThisFile()

beforeAll(async () => {
  payload = await testPayload()
})

describe('unsubscribing', () => {
  it('never happens on GET: the link leads to a page that shows the address and a button', async () => {
    const confirmed = await subscriberIn(payload, 'confirmed')
    const token = unsubscribeToken(payload, confirmed.id)
    const before = await databaseFingerprint()
    const opened = await unsubscribeGet(new Request(`http://localhost${unsubscribeAddress(token)}`))
    expect(opened.status).toBe(303)
    expect(opened.headers.get('location')).toBe(`/newsletter/unsubscribe?${new URLSearchParams({ token })}`)
    const page = await renderPage(UnsubscribePage(searchParams(token)))
    expect(page).toContain(`${confirmed.email[0]}•••@example.com`)
    expect(formTag(page)).toContain('method="post"')
    expect(formTag(page)).toContain(`action="${unsubscribeAddress(token).replace(/&/g, '&amp;')}"`)
    expect(await databaseFingerprint()).toBe(before)
    expect((await subscriber(payload, confirmed.email))?.status).toBe('confirmed')
  })

  it('happens on the one-click POST, without cookie or session (RFC 8058); twice is harmless', async () => {
    const confirmed = await subscriberIn(payload, 'confirmed')
    const token = unsubscribeToken(payload, confirmed.id)
    const response = await oneClick(token)
    expect(response.status).toBe(200)
    const stored = await subscriber(payload, confirmed.email)
    expect(stored?.status).toBe('unsubscribed')
    expect(stored?.unsubscribedAt).toBeTruthy()

    const again = await oneClick(token)
    expect(again.status).toBe(200)
    expect((await subscriber(payload, confirmed.email))?.unsubscribedAt).toBe(stored?.unsubscribedAt)
  })

  it('takes the one-click POST as multipart form data too, and the page’s button leads to "You’re unsubscribed"', async () => {
    const [first, second] = [await subscriberIn(payload, 'confirmed'), await subscriberIn(payload, 'confirmed')]
    const form = new FormData()
    form.append('List-Unsubscribe', 'One-Click')
    const multipart = new Request(`http://localhost${unsubscribeAddress(unsubscribeToken(payload, first.id))}`, {
      method: 'POST',
      body: form,
    })
    expect((await unsubscribePost(multipart)).status).toBe(200)
    expect((await subscriber(payload, first.email))?.status).toBe('unsubscribed')

    const fromPage = await unsubscribePost(
      post(unsubscribeAddress(unsubscribeToken(payload, second.id)), 'from=page', FORM),
    )
    expect(fromPage.status).toBe(303)
    expect(fromPage.headers.get('location')).toBe('/newsletter/unsubscribed')
    expect((await subscriber(payload, second.email))?.status).toBe('unsubscribed')
  })

  it('refuses forged tokens with a 400 and changes nothing', async () => {
    const confirmed = await subscriberIn(payload, 'confirmed')
    const other = await subscriberIn(payload, 'confirmed')
    const othersSignature = unsubscribeToken(payload, other.id).split('.')[1]
    const before = await databaseFingerprint()
    for (const token of [
      '',
      'garbage',
      `${confirmed.id}`,
      `${confirmed.id}.${'A'.repeat(43)}`,
      `${confirmed.id}.${othersSignature}`,
    ]) {
      const response = await oneClick(token)
      expect(response.status, token).toBe(400)
      expect(((await response.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(
        /unsubscribe link is not valid/,
      )
      await expect(renderPage(UnsubscribePage(searchParams(token)))).rejects.toThrow(NOT_FOUND)
    }
    expect(await databaseFingerprint()).toBe(before)
  })

  it('is not the end: signing up again goes through the opt-in, with a new consent record', async () => {
    const email = newAddress('comeback')
    await signUp(email, 'home')
    await confirmForm(confirmLinkIn(peer().inbox(email)[0]).searchParams.get('token')!)
    const confirmed = (await subscriber(payload, email))!
    expect((await oneClick(unsubscribeToken(payload, confirmed.id))).status).toBe(200)

    await signUp(email, 'concept')
    const again = (await subscriber(payload, email))!
    expect(again).toMatchObject({ status: 'pending', consentSource: 'concept' })
    expect(new Date(again.consentAt!).getTime()).toBeGreaterThan(new Date(confirmed.consentAt!).getTime())
    const mails = peer().inbox(email)
    expect(mails.map((mail) => mail.subject)).toEqual([
      'Confirm your Groundwork subscription',
      'Confirm your Groundwork subscription',
    ])
    expect((await confirmForm(confirmLinkIn(mails[1]).searchParams.get('token')!)).status).toBe(303)
    expect((await subscriber(payload, email))?.status).toBe('confirmed')
  })

  it('leaves an old confirmation link useless once its address unsubscribes', async () => {
    const email = newAddress('stale-link')
    await signUp(email)
    const token = confirmLinkIn(peer().inbox(email)[0]).searchParams.get('token')!
    const pending = (await subscriber(payload, email))!
    await oneClick(unsubscribeToken(payload, pending.id))
    expect((await confirmJson(token)).status).toBe(410)
    expect((await subscriber(payload, email))?.status).toBe('unsubscribed')
  })
})
