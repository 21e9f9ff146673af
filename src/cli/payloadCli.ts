// Runs the `payload` command line (migrate:create, generate:types…) against our database.
import { prepareEnvironment } from '../db/environment'
import { runChild } from './runChild'
import { runScript } from './runScript'

runScript(async () => {
  const environment = await prepareEnvironment()
  try {
    const code = await runChild('payload', process.argv.slice(2))
    if (code !== 0) process.exitCode = code
  } finally {
    await environment.stop()
  }
})
