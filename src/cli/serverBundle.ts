// `npm start` runs the production server as plain JavaScript: `npm run build` bundles
// productionServer.ts and the app modules it imports (packages stay imports) into the build
// folder. Run through tsx, each dynamic import Next makes while answering a request passed
// through tsx's module hooks on another thread: about a tenth of a cached page's cost.
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'
import { projectRoot } from '@/db/projectPaths'

export function serverBundlePath(distDir: string): string {
  return path.join(distDir, 'groundwork', 'productionServer.mjs')
}

export async function bundleProductionServer(distDir: string): Promise<void> {
  const projectPathsModule = path.join(projectRoot, 'src', 'db', 'projectPaths.ts')
  await build({
    entryPoints: [path.join(projectRoot, 'src', 'cli', 'productionServer.ts')],
    outfile: serverBundlePath(distDir),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    tsconfig: path.join(projectRoot, 'tsconfig.json'),
    // The project's folder is found from the module's own address (projectPaths.ts): the bundle
    // keeps the source's, so it finds the same folder from inside the build folder.
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(projectPathsModule).href) },
    logLevel: 'warning',
  })
}
