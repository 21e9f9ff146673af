// `npm run build`: production build; pages prerender against an up-to-date database.
import { runNext } from './nextServer'
import { runDatabaseTask } from './runDatabaseTask'
import { runScript } from './runScript'
import { warnWithoutSiteUrl } from './warnWithoutSiteUrl'
import { withEnvironment } from './withEnvironment'

runScript(async () => {
  warnWithoutSiteUrl()
  await withEnvironment(async () => {
    await runDatabaseTask('migrate')
    process.exitCode = await runNext(['build'], { ...process.env, NODE_ENV: 'production' })
  })
})
