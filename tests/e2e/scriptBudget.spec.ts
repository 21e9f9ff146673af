// The concept page ships no more JavaScript than a plain page of the same build,
// give or take 10 KB gzipped: everything on it renders on the server.
import { gzipSync } from 'node:zlib'
import { expect, test, type APIRequestContext } from '@playwright/test'

const BUDGET_BYTES = 10 * 1024

async function gzippedScriptBytes(request: APIRequestContext, path: string): Promise<number> {
  const html = await (await request.get(path)).text()
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]))]
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1])
  let total = inline.reduce((sum, code) => sum + gzipSync(code).length, 0)
  for (const source of sources) total += gzipSync(await (await request.get(source)).body()).length
  return total
}

test('a concept page loads at most 10 KB more script (gzip) than the plain about page', async ({ request }) => {
  const plain = await gzippedScriptBytes(request, '/about')
  const concept = await gzippedScriptBytes(request, '/concepts/foundation-model')
  expect(plain).toBeGreaterThan(0)
  expect(concept - plain).toBeLessThanOrEqual(BUDGET_BYTES)
})
