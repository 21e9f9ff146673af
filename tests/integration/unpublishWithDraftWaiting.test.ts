// Unpublishing takes a document from readers everywhere they could meet it, even while an
// editor's draft edit of it waits for review (Payload then hands hooks that draft as the
// previous version, so a hook judging by it sees a draft become a draft). And an FAQ moved to
// another concept leaves the first one: search no longer finds that concept by its words.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Category, Media } from '@/payload-types'
import { conceptPath } from '@/routes'
import { richText } from '@/seed/richText'
import { answerSearchRequest } from '@/search/searchApi'
import { searchReader } from '@/search/searchReader'
import { rest } from '../helpers/api'
import { createCategory, createConcept, createUseCase, unique } from '../helpers/fixtures'
import { refused, showing, shown, uploadImage, whatReadersGet } from '../helpers/images'
import { testPayload } from '../helpers/payload'
import { signedIn, type Staff } from '../helpers/review'

let payload: Payload
let category: Category
let editor: Staff
let reviewer: Staff

beforeAll(async () => {
  payload = await testPayload()
  category = await createCategory(payload)
  editor = await signedIn(payload, ['editor'])
  reviewer = await signedIn(payload, ['reviewer'])
})

/** The addresses of what an anonymous reader finds searching for the word. */
async function foundByReaders(word: string): Promise<string[]> {
  const response = await answerSearchRequest(
    new Request(`http://localhost/api/search?q=${encodeURIComponent(word)}`),
    searchReader(payload),
  )
  const { results } = (await response.json()) as { results: { url: string }[] }
  return results.map((hit) => hit.url)
}

/** A made-up word that nothing else on the site contains. */
const rareWord = () => `zq${unique('').replace(/\W/g, '').toLowerCase()}`

type Shown = { collection: 'concepts' | 'faqs' | 'use-cases'; id: number; word: string; image: Media }

async function liveConcept(): Promise<Shown> {
  const [word, image] = [rareWord(), await uploadImage(payload)]
  const concept = await createConcept(payload, category, { summary: `All about ${word}.`, body: showing(image) })
  return { collection: 'concepts', id: concept.id, word, image }
}

async function liveFaq(): Promise<Shown> {
  const [word, image] = [rareWord(), await uploadImage(payload)]
  const concept = await createConcept(payload, category)
  const faq = await payload.create({
    collection: 'faqs',
    data: { question: `What is ${word}?`, answer: showing(image), concept: concept.id, _status: 'published' },
  })
  return { collection: 'faqs', id: faq.id, word, image }
}

async function liveUseCase(): Promise<Shown> {
  const [word, image] = [rareWord(), await uploadImage(payload)]
  const concept = await createConcept(payload, category)
  const useCase = await createUseCase(payload, concept.id, { summary: `They shipped ${word}.`, body: showing(image) })
  return { collection: 'use-cases', id: useCase.id, word, image }
}

/** What an anonymous reader meets of the document: its API answer, search hits for its word, its image. */
async function whatReadersMeet({ collection, id, word, image }: Shown) {
  return {
    api: (await rest('GET', `${collection}/${id}`)).status,
    searchHits: (await foundByReaders(word)).length,
    image: await whatReadersGet(image),
  }
}

describe('unpublishing while an edit waits for review', () => {
  it.each([
    ['a concept', liveConcept, { summary: 'A waiting rewrite of the summary.' }],
    ['an FAQ', liveFaq, { question: 'A waiting rewrite of the question?' }],
    ['a use case', liveUseCase, { summary: 'A waiting rewrite of the summary.' }],
  ])('takes %s from the API, search and its images', async (_, makeLive, edit) => {
    const live = await makeLive()
    expect(await whatReadersMeet(live)).toEqual({ api: 200, searchHits: 1, image: shown(live.image) })

    const draft = await rest('PATCH', `${live.collection}/${live.id}?draft=true`, { token: editor.token, body: edit })
    expect(draft.status).toBe(200)
    expect(await whatReadersMeet(live), 'a waiting draft changes nothing readers see').toEqual({
      api: 200,
      searchHits: 1,
      image: shown(live.image),
    })

    const unpublished = await rest('PATCH', `${live.collection}/${live.id}`, {
      token: reviewer.token,
      body: { _status: 'draft' },
    })
    expect(unpublished.status).toBe(200)
    expect(await whatReadersMeet(live)).toEqual({ api: 404, searchHits: 0, image: refused })
  })
})

describe('an FAQ moved to another concept', () => {
  it('is found on the concept it moved to, and no longer on the one it left', async () => {
    const [from, to] = [await createConcept(payload, category), await createConcept(payload, category)]
    const word = rareWord()
    const faq = await payload.create({
      collection: 'faqs',
      data: { question: `Is ${word} safe?`, answer: richText(['Mostly.']), concept: from.id, _status: 'published' },
    })
    expect(await foundByReaders(word)).toEqual([conceptPath(from.slug)])

    await payload.update({ collection: 'faqs', id: faq.id, data: { concept: to.id }, draft: true })
    expect(await foundByReaders(word), 'a waiting move changes nothing readers see').toEqual([conceptPath(from.slug)])

    await payload.update({ collection: 'faqs', id: faq.id, data: { _status: 'published' } })
    expect(await foundByReaders(word)).toEqual([conceptPath(to.slug)])
  })
})
