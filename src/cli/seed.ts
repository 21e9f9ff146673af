// `npm run seed`: writes the demo content (safe to run again).
import { prepareEnvironment } from '../db/environment'
import { demoCredentialsTable } from '../seed/demoUsers'
import { seedDemoContent } from '../seed/seedDemoContent'
import { applyMigrations } from './applyMigrations'
import { closePayload, openPayload } from './openPayload'
import { runScript } from './runScript'

runScript(async () => {
  const environment = await prepareEnvironment()
  try {
    const payload = await openPayload(environment)
    await applyMigrations(payload)
    await seedDemoContent(payload)
    console.log(`\nDemo logins for /admin:\n${demoCredentialsTable()}\n`)
    await closePayload(payload)
  } finally {
    await environment.stop()
  }
})
