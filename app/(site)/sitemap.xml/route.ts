import { sitemapDocument } from '@/seo/sitemapDocuments'

export async function GET(): Promise<Response> {
  return new Response(await sitemapDocument(), { headers: { 'content-type': 'application/xml; charset=utf-8' } })
}
