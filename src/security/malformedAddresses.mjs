// @ts-check
// Plain JavaScript: next.config.mjs imports it, and Next loads that file without TypeScript.
//
// Next fails with a bare 500 on an address it cannot percent-decode (/concepts/%E0%A4%A,
// a link cut short), before any page runs. This rewrite sends such addresses, matched
// undecoded, to a route that answers 400 and says what is wrong.

const HEX = '[0-9A-Fa-f]'
const CONTINUATION = `%[89ABab]${HEX}`

/** One character of a path that decodes: a plain character or a complete UTF-8 sequence. */
const DECODABLE = [
  '[^%]',
  `%[0-7]${HEX}`,
  `%(?:[Cc][2-9A-Fa-f]|[Dd]${HEX})${CONTINUATION}`,
  `%[Ee]0%[AaBb]${HEX}${CONTINUATION}`,
  `%[Ee][1-9A-Ca-cEeFf]${CONTINUATION}${CONTINUATION}`,
  `%[Ee][Dd]%[89]${HEX}${CONTINUATION}`,
  `%[Ff]0%[9AaBb]${HEX}${CONTINUATION}${CONTINUATION}`,
  `%[Ff][1-3]${CONTINUATION}${CONTINUATION}${CONTINUATION}`,
  `%[Ff]4%8${HEX}${CONTINUATION}${CONTINUATION}`,
].join('|')

/** A path (after its first slash) that decodeURIComponent would refuse. */
export const UNDECODABLE_PATH = `(?!(?:${DECODABLE})*$).*`

/** @returns {{ source: string, destination: string }[]} */
export function malformedAddressRewrites() {
  return [{ source: `/:path(${UNDECODABLE_PATH})`, destination: '/bad-address' }]
}
