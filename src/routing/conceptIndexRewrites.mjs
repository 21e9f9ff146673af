// @ts-check
// Plain JavaScript: next.config.mjs imports it, and Next loads that file without TypeScript.
//
// The plain A–Z index (/concepts) is built ahead of time, which a page that reads its query
// string cannot be. So /concepts with any of the index's query parameters (the filter form
// submits them all) goes to the page that reads them, and the address stays /concepts?….

/** The query parameters the concept index understands (src/content/conceptFilters.ts). */
export const CONCEPT_INDEX_PARAMETERS = ['category', 'difficulty', 'sort', 'page']

/** @returns {{ source: string, destination: string, has: { type: 'query', key: string }[] }[]} */
export function conceptIndexRewrites() {
  return CONCEPT_INDEX_PARAMETERS.map((key) => ({
    source: '/concepts',
    has: [{ type: /** @type {const} */ ('query'), key }],
    destination: '/concept-index',
  }))
}
