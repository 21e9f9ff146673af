// `npm start`: serves the production build on PORT after applying migrations, unless a demo
// account still has its published password (ALLOW_DEMO_ACCOUNTS=true for a local trial). Never seeds.
import fs from 'node:fs'
import path from 'node:path'
import { StartupError } from '@/db/environment'
import { projectRoot } from '@/db/projectPaths'
import { assertPortFree, runInGroup, sitePort } from './nextServer'
import { runDatabaseTask } from './runDatabaseTask'
import { runScript } from './runScript'
import { serverBundlePath } from './serverBundle'
import { serverProcessCount } from './serverProcesses'
import { warnWithoutSiteUrl } from './warnWithoutSiteUrl'
import { withEnvironment } from './withEnvironment'

runScript(async () => {
  const distDir = path.join(projectRoot, process.env.NEXT_DIST_DIR || '.next')
  if (!fs.existsSync(path.join(distDir, 'BUILD_ID'))) {
    throw new StartupError('There is no production build yet. Run `npm run build` first.')
  }
  const server = serverBundlePath(distDir)
  if (!fs.existsSync(server)) {
    throw new StartupError('The production build has no bundled server (it predates it). Run `npm run build` again.')
  }
  const port = sitePort()
  serverProcessCount() // refuses a malformed WEB_CONCURRENCY before anything starts
  await assertPortFree(port)
  warnWithoutSiteUrl()
  await withEnvironment(async () => {
    await runDatabaseTask('start')
    process.exitCode = await runInGroup(process.execPath, [server], {
      ...process.env,
      PORT: String(port),
      NODE_ENV: 'production',
    })
  })
})
