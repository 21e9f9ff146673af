// @ts-check
// Plain JavaScript: next.config.mjs imports it, and Next loads that file without TypeScript.
//
// One static policy for every page, so prerendered pages keep being served from the cache
// (a per-request nonce would render every page on demand). Next inlines its bootstrap
// scripts, hence 'unsafe-inline' for scripts; everything else loads from this site only.

/**
 * The Content-Security-Policy for the site or the admin. The admin may never be framed
 * (its Publish button could be clickjacked); site pages may be framed by this site only,
 * which is how the admin's live preview shows a draft beside the form.
 * @param {{ framedBySite: boolean, development: boolean }} options
 */
export function contentSecurityPolicy({ framedBySite, development }) {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${development ? ' ws: wss:' : ''}`,
    "frame-src 'self'",
    `frame-ancestors ${framedBySite ? "'self'" : "'none'"}`,
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ')
}

/** Two years, the HSTS preload list's minimum. */
const HSTS = 'max-age=63072000; includeSubDomains'

/**
 * The headers Next sends with every response; the later rules win for `/admin` and `/api`.
 * @param {{ production: boolean }} options
 * @returns {{ source: string, headers: { key: string, value: string }[] }[]}
 */
export function securityHeaders({ production }) {
  const development = !production
  const common = [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
    },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    ...(production ? [{ key: 'Strict-Transport-Security', value: HSTS }] : []),
  ]
  const neverFramed = [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy({ framedBySite: false, development }) },
    { key: 'X-Frame-Options', value: 'DENY' },
  ]
  return [
    {
      source: '/:path*',
      headers: [
        ...common,
        { key: 'Content-Security-Policy', value: contentSecurityPolicy({ framedBySite: true, development }) },
        { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
      ],
    },
    { source: '/admin/:path*', headers: neverFramed },
    { source: '/admin', headers: neverFramed },
    { source: '/api/:path*', headers: neverFramed },
  ]
}
