// The production server captures its mail as .eml files; these read them as a mail client would.
import { expect } from '@playwright/test'
import { simpleParser } from 'mailparser'
import { capturedMailTo } from '../helpers/mailbox'

/** The newest email to the address, parsed, once the address has `count` of them. */
export async function newestMailTo(address: string, count: number, timeout = 10_000) {
  await expect.poll(() => capturedMailTo(address).length, { timeout }).toBe(count)
  return simpleParser(capturedMailTo(address).at(-1)!)
}

/** The first link in a message's text to `path`, with its token. */
export function linkIn(text: string | undefined, path: string): string {
  const link = new RegExp(`https?://\\S+${path}\\?token=[\\w.%-]+`).exec(text ?? '')?.[0]
  expect(link, `a ${path} link in the email`).toBeDefined()
  return link!
}
