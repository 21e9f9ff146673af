import { jsonLdScript } from './jsonLdScript'

/** Structured data for search engines; renders nothing visible. */
export function JsonLd({ data }: { data: object[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(data) }} />
}
