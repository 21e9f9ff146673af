// Payload asks browsers for the reader's colour scheme (client hints) on every path, with
// `Critical-CH`: a browser that did not send the hint discards the first response and asks
// again, so each first visit to a public page costs two requests. Only the admin uses the hint
// (to pick its theme on the server): keep the hint headers there and drop them elsewhere.

const ADMIN_SOURCES = ['/admin', '/admin/:path*']

/** @param {{ key: string }[]} headers */
const asksForColorScheme = (headers) => headers.some(({ key }) => key.toLowerCase() === 'critical-ch')

/**
 * @template {{ source: string, headers: { key: string, value: string }[] }} Rule
 * @param {Rule[]} rules Next's header rules, as `withPayload` returns them
 * @returns {Rule[]} the same rules, with the colour-scheme hints limited to the admin
 */
export function colorSchemeHintsForAdminOnly(rules) {
  return rules.flatMap((rule) =>
    asksForColorScheme(rule.headers) ? ADMIN_SOURCES.map((source) => ({ ...rule, source })) : [rule],
  )
}
