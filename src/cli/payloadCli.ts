// Runs the `payload` command line (migrate:create, generate:types…) against our database.
import { withLexicalBuild } from './lexicalBuild'
import { runChild } from './runChild'
import { runScript } from './runScript'
import { withEnvironment } from './withEnvironment'

runScript(() =>
  withEnvironment(async () => {
    const code = await runChild('payload', process.argv.slice(2), withLexicalBuild(process.env))
    if (code !== 0) process.exitCode = code
  }),
)
