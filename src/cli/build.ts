// `npm run build`: production build; pages prerender against an up-to-date database. Then
// the server `npm start` runs is bundled beside it (serverBundle.ts).
import fs from 'node:fs'
import path from 'node:path'
import { projectRoot } from '@/db/projectPaths'
import { runNext } from './nextServer'
import { bundleProductionServer } from './serverBundle'
import { runDatabaseTask } from './runDatabaseTask'
import { runScript } from './runScript'
import { warnWithoutSiteUrl } from './warnWithoutSiteUrl'
import { withEnvironment } from './withEnvironment'

/**
 * Next keeps cached reads (our tagged content) in the build folder between builds. They
 * belong to the database they were read from: a build against another one (restored, or a
 * test's fresh database) would prerender pages from them. Compiled code stays cached.
 */
const distDir = path.join(projectRoot, process.env.NEXT_DIST_DIR || '.next')

function forgetCachedReads(): void {
  fs.rmSync(path.join(distDir, 'cache', 'fetch-cache'), { recursive: true, force: true })
}

runScript(async () => {
  warnWithoutSiteUrl()
  forgetCachedReads()
  await withEnvironment(async () => {
    await runDatabaseTask('migrate')
    process.exitCode = await runNext(['build'], { ...process.env, NODE_ENV: 'production' })
    if (process.exitCode === 0) await bundleProductionServer(distDir)
  })
})
