// The origins whose pages may use a signed-in session: the site's own address, plus, while
// developing, every address the dev server answers at. A cookie-carrying request from any
// other origin is treated as signed out (Payload's `csrf`), and only these get CORS headers.
import { devServerHosts } from '@/cli/devServerHosts.mjs'
import { serverPort } from '@/content/serverPort'
import { siteUrl } from '@/seo/siteUrl'

export function allowedOrigins(): string[] {
  const site = new URL(siteUrl()).origin
  if (process.env.NODE_ENV === 'production') return [site]
  const local = devServerHosts().map((host) => `http://${host}:${serverPort()}`)
  return [...new Set([site, ...local])]
}
