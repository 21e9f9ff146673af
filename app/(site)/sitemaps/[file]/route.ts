import { sitemapPartDocument } from '@/seo/sitemapDocuments'

type Context = { params: Promise<{ file: string }> }

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const xml = await sitemapPartDocument((await params).file)
  if (!xml) return new Response('No such sitemap.\n', { status: 404, headers: { 'content-type': 'text/plain' } })
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } })
}
