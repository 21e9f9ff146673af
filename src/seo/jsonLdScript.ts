/**
 * JSON for the body of a <script type="application/ld+json">. `<` becomes \u003c, which JSON
 * parsers read back as `<`, so no text in the content can close the script element early.
 */
export function jsonLdScript(data: object[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}
