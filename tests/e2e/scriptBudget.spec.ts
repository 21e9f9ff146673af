// The concept page ships no more JavaScript than a plain page of the same build,
// give or take 10 KB gzipped: everything on it renders on the server. And what it loads
// grows slowly: search added its header box (the rest loads when the box is used).
import { gzipSync } from 'node:zlib'
import { expect, test, type APIRequestContext } from '@playwright/test'

const BUDGET_BYTES = 10 * 1024
/** The concept page's module scripts, gzipped, before search (commit 100d684), and what search may add. */
const CONCEPT_MODULES_BEFORE_SEARCH = 179_735
const SEARCH_BUDGET_BYTES = 15 * 1024

async function scriptSources(request: APIRequestContext, path: string) {
  const html = await (await request.get(path)).text()
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]))]
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1])
  return { sources, inline }
}

async function gzippedModuleBytes(request: APIRequestContext, sources: string[]): Promise<number> {
  let total = 0
  for (const source of sources) total += gzipSync(await (await request.get(source)).body()).length
  return total
}

async function gzippedScriptBytes(request: APIRequestContext, path: string): Promise<number> {
  const { sources, inline } = await scriptSources(request, path)
  const inlineBytes = inline.reduce((sum, code) => sum + gzipSync(code).length, 0)
  return inlineBytes + (await gzippedModuleBytes(request, sources))
}

test('a concept page loads at most 10 KB more script (gzip) than the plain about page', async ({ request }) => {
  const plain = await gzippedScriptBytes(request, '/about')
  const concept = await gzippedScriptBytes(request, '/concepts/foundation-model')
  expect(plain).toBeGreaterThan(0)
  expect(concept - plain).toBeLessThanOrEqual(BUDGET_BYTES)
})

test('the concept page loads at most 15 KB (gzip) more module script than before search', async ({ request }) => {
  const { sources } = await scriptSources(request, '/concepts/foundation-model')
  const modules = await gzippedModuleBytes(request, sources)
  expect(modules - CONCEPT_MODULES_BEFORE_SEARCH).toBeLessThanOrEqual(SEARCH_BUDGET_BYTES)
})
