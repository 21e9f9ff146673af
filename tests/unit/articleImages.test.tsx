// An image in the text: readers get the optimizer's resized copies of this site's file, a
// staff preview the file itself (the optimizer fetches without the staff session).
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { RichText } from '@/components/RichText'
import type { Media } from '@/payload-types'
import { editorDocument, uploadNode } from '../helpers/lexical'

const image = (url: string): Media => ({
  id: 7,
  alt: 'A chart of attention weights',
  url,
  filename: 'chart.png',
  width: 800,
  height: 450,
  updatedAt: '2026-12-01T00:00:00.000Z',
  createdAt: '2026-12-01T00:00:00.000Z',
})

const documentShowing = (media: Media) => editorDocument({ ...uploadNode(media.id), value: media })

const imgOf = (html: string) => /<img [^>]*>/.exec(html)?.[0] ?? ''

beforeEach(() => {
  vi.stubEnv('SITE_URL', 'https://groundwork.example')
})

describe('an image in rich text', () => {
  it('is served to readers resized by the optimizer from the site’s own path, though Payload gives it with the origin', () => {
    const html = renderToStaticMarkup(
      <RichText data={documentShowing(image('https://groundwork.example/api/media/file/chart.png'))} />,
    )
    const img = imgOf(html)
    expect(img).toContain('src="/_next/image?url=%2Fapi%2Fmedia%2Ffile%2Fchart.png&amp;w=')
    expect(img).toContain('srcSet="/_next/image?url=%2Fapi%2Fmedia%2Ffile%2Fchart.png')
    expect(img).toContain('alt="A chart of attention weights"')
    expect(img).not.toContain('groundwork.example')
  })

  it('loads as the file itself in a staff preview', () => {
    const html = renderToStaticMarkup(
      <RichText data={documentShowing(image('https://groundwork.example/api/media/file/chart.png'))} preview />,
    )
    const img = imgOf(html)
    expect(img).toContain('src="/api/media/file/chart.png"')
    expect(img).not.toContain('_next/image')
    expect(img).toContain('width="800"')
  })

  it('keeps another site’s address as it is, and shows nothing for an image readers may not see', () => {
    const elsewhere = renderToStaticMarkup(
      <RichText data={documentShowing(image('https://cdn.example/chart.png'))} preview />,
    )
    expect(imgOf(elsewhere)).toContain('src="https://cdn.example/chart.png"')
    const unpopulated = renderToStaticMarkup(<RichText data={editorDocument(uploadNode(7))} />)
    expect(unpopulated).not.toContain('<img')
  })
})
