// `npm run migrate`: applies committed migrations to the configured database.
import { runDatabaseTask } from './runDatabaseTask'
import { runScript } from './runScript'
import { withEnvironment } from './withEnvironment'

runScript(() => withEnvironment(() => runDatabaseTask('migrate')))
