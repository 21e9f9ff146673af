// Builds the reader pages' scripts (this folder's entries) with esbuild, in memory: each file
// is named by its content's hash, so a browser may keep it for a year. Built once per server
// process; in development on every ask, so an edit shows on the next page load.
import path from 'node:path'
import { build } from 'esbuild'
import { projectRoot } from '@/db/projectPaths'

const ENTRIES = { readerPage: 'readerPage.ts', instantSearch: 'instantSearch.ts' } as const

export type EnhancementName = keyof typeof ENTRIES

export type EnhancementBundle = {
  /** Each entry's address on the site. */
  urls: Record<EnhancementName, string>
  /** The built files' contents by file name. */
  files: Map<string, string>
}

/** Where the route in app/(site)/enhancements serves the files. */
const ENHANCEMENTS_PATH = '/enhancements'

const sourceDir = path.join(projectRoot, 'src', 'enhancements')

async function buildEnhancements(): Promise<EnhancementBundle> {
  const names = Object.keys(ENTRIES) as EnhancementName[]
  const result = await build({
    entryPoints: names.map((name) => ({ in: path.join(sourceDir, ENTRIES[name]), out: name })),
    outdir: path.join(sourceDir, 'built'), // never written: only names the outputs
    entryNames: '[name]-[hash]',
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    metafile: true,
    absWorkingDir: projectRoot,
    tsconfig: path.join(projectRoot, 'tsconfig.json'),
    logLevel: 'warning',
  })
  const files = new Map(result.outputFiles.map((file) => [path.basename(file.path), file.text]))
  const urls = {} as Record<EnhancementName, string>
  for (const [output, { entryPoint }] of Object.entries(result.metafile.outputs)) {
    const name = names.find(
      (candidate) => entryPoint === path.relative(projectRoot, path.join(sourceDir, ENTRIES[candidate])),
    )
    if (name) urls[name] = `${ENHANCEMENTS_PATH}/${path.basename(output)}`
  }
  return { urls, files }
}

let built: Promise<EnhancementBundle> | undefined

export function enhancementBundle(): Promise<EnhancementBundle> {
  if (process.env.NODE_ENV === 'development') return buildEnhancements()
  built ??= buildEnhancements().catch((error: unknown) => {
    built = undefined
    throw error
  })
  return built
}
