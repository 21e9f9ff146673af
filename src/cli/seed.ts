// `npm run seed`: writes the demo content (safe to run again). Against a production
// database (NODE_ENV=production) only with --allow-production: it adds the demo accounts.
import { StartupError } from '@/db/environment'
import { demoCredentialsTable } from '@/seed/demoUsers'
import { runDatabaseTask } from './runDatabaseTask'
import { runScript } from './runScript'
import { withEnvironment } from './withEnvironment'

const ALLOW_PRODUCTION_FLAG = '--allow-production'

runScript(async () => {
  if (process.env.NODE_ENV === 'production' && !process.argv.includes(ALLOW_PRODUCTION_FLAG)) {
    throw new StartupError(
      'NODE_ENV is production: the demo content includes accounts whose passwords are published in the README. ' +
        `To write it into this database anyway (a trial deployment), run: npm run seed -- ${ALLOW_PRODUCTION_FLAG}`,
    )
  }
  await withEnvironment(async () => {
    await runDatabaseTask('seed')
    console.log(`\nDemo logins for /admin:\n${demoCredentialsTable()}\n`)
  })
})
