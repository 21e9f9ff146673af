// Uploaded images, and what an anonymous reader gets of one.
import type { Payload } from 'payload'
import sharp from 'sharp'
import type { Media } from '@/payload-types'
import { slugify } from '@/fields/slugify'
import { graphqlQuery, rawRest, rest } from './api'
import { unique } from './fixtures'
import { editorDocument, text, uploadNode } from './lexical'

/** A picture large enough for Payload to make the card and sharing sizes from it. */
export async function uploadImage(payload: Payload): Promise<Media> {
  const alt = unique('A diagram')
  const data = await sharp({ create: { width: 1280, height: 720, channels: 3, background: '#2a5aa0' } })
    .png()
    .toBuffer()
  return payload.create({
    collection: 'media',
    data: { alt },
    file: { data, mimetype: 'image/png', name: `${slugify(alt)}.png`, size: data.length },
  })
}

/** Rich text that shows the image after a line of text. */
export const showing = (image: Media) =>
  editorDocument({ type: 'paragraph', version: 1, children: [text('See:')] }, uploadNode(image.id))

/** What an anonymous reader gets for the image: by id, in the list, through GraphQL, and its file in each size. */
export async function whatReadersGet(image: Media) {
  const files = [image.filename, image.sizes?.card?.filename, image.sizes?.openGraph?.filename]
  const [byId, list, graphql, ...fileAnswers] = await Promise.all([
    rest('GET', `media/${image.id}`),
    rest('GET', `media?where[id][equals]=${image.id}`),
    graphqlQuery(`{ Media(id: ${image.id}) { alt } }`),
    ...files.map((file) => rawRest('GET', `media/file/${file}`)),
  ])
  return {
    byId: byId.status === 200 ? byId.json.alt : byId.status,
    listed: list.json.totalDocs,
    graphql: (graphql.json.data?.Media as { alt?: string } | null | undefined)?.alt ?? null,
    files: fileAnswers.map((answer) => answer.status),
  }
}

export const refused = { byId: 404, listed: 0, graphql: null, files: [403, 403, 403] }
export const shown = (image: Media) => ({ byId: image.alt, listed: 1, graphql: image.alt, files: [200, 200, 200] })
