import { fileURLToPath } from 'node:url'
import { withPayload } from '@payloadcms/next/withPayload'
import { colorSchemeHintsForAdminOnly } from './src/admin/colorSchemeHints.mjs'
import { devServerHosts } from './src/cli/devServerHosts.mjs'
import { malformedAddressRewrites } from './src/security/malformedAddresses.mjs'
import { conceptIndexRewrites } from './src/routing/conceptIndexRewrites.mjs'
import { securityHeaders } from './src/security/securityHeaders.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // Next serves its dev scripts only to pages opened at an allowed host; allow this machine's own.
  allowedDevOrigins: devServerHosts(),
  experimental: {
    globalNotFound: true,
    // Turbopack keeps a cache for the next build; a CI run starts from a clean clone and never
    // builds twice, so writing it (about 20 s here) is time lost.
    turbopackFileSystemCacheForBuild: process.env.CI !== 'true',
    // Server source maps (about 90 MB) make a production error's stack name our files. The
    // browser tests' build (tests/e2e/server.ts) reads no stack, and skips the 25 s of CPU they cost.
    turbopackSourceMaps: process.env.SERVER_SOURCE_MAPS !== 'false',
  },
  // `npm test` checks types once, before its browser tests build the app; that build skips it.
  typescript: { ignoreBuildErrors: process.env.SKIP_BUILD_TYPECHECK === 'true' },
  // Pages and cached reads live in PostgreSQL, shared by every instance (src/cache); Next loads
  // the handler by absolute path, untranspiled.
  cacheHandler: fileURLToPath(new URL('./src/cache/postgresCacheHandler.mjs', import.meta.url)),
  // The reader pages' scripts are bundled by esbuild at run time (src/enhancements), not by Next.
  serverExternalPackages: ['esbuild'],
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
  headers: async () => securityHeaders({ production: process.env.NODE_ENV === 'production' }),
  rewrites: async () => ({
    beforeFiles: [...malformedAddressRewrites(), ...conceptIndexRewrites()],
    afterFiles: [],
    fallback: [],
  }),
}

const payloadConfig = withPayload(nextConfig, { devBundleServerPackages: false })

const config = {
  ...payloadConfig,
  headers: async () => colorSchemeHintsForAdminOnly(await payloadConfig.headers()),
}

export default config
