// Who is asking, for rate limits. The production server puts the connecting address last in
// X-Forwarded-For (src/cli/forwardedFor.ts); each proxy in front of it (TRUSTED_PROXY_COUNT,
// default 0) appends the one it saw before that. Entries further left are the client's own
// word and could be forged to dodge a limit.
const UNKNOWN = 'unknown'

export function clientAddress(headers: Headers): string {
  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const trustedProxies = Math.max(0, Number(process.env.TRUSTED_PROXY_COUNT) || 0)
  return forwarded.at(-1 - trustedProxies) ?? forwarded[0] ?? headers.get('x-real-ip') ?? UNKNOWN
}
