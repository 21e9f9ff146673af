// A large page written as bytes reaches the reader exactly as Next wrote it: every character,
// the length Next announced, and the callback Next passed, whatever the size of the body.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { writeLargeBodiesAsBytes } from '@/cli/largeBodies'

let server: http.Server | undefined

afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())))

/** Serves `body` once with `end(body, callback)`, as Next does; the text received and whether the callback ran. */
async function served(body: string): Promise<{ text: string; length: string | null; called: boolean }> {
  let called = false
  server = http.createServer((request, response) => {
    writeLargeBodiesAsBytes(response)
    response.setHeader('Content-Length', Buffer.byteLength(body))
    response.setHeader('Content-Type', 'text/html; charset=utf-8')
    response.end(body, () => (called = true))
  })
  await new Promise<void>((resolve) => server!.listen(0, resolve))
  const answer = await fetch(`http://localhost:${(server.address() as AddressInfo).port}/`)
  const text = await answer.text()
  return { text, length: answer.headers.get('content-length'), called }
}

describe('large bodies written as bytes', () => {
  it('deliver a page with curly quotes, dashes and emoji byte for byte, at the announced length', async () => {
    const page = `<main>${'What is a “foundation model”? — one model, many tasks 🧠. '.repeat(2_000)}</main>`
    const { text, length, called } = await served(page)
    expect(text).toBe(page)
    expect(Number(length)).toBe(Buffer.byteLength(page))
    expect(called).toBe(true)
  })

  it('leave a short body as it was', async () => {
    const { text, called } = await served('<p>Back in a moment</p>')
    expect(text).toBe('<p>Back in a moment</p>')
    expect(called).toBe(true)
  })
})
