import { StartupError } from '@/db/environment'

/** Runs a command-line entry point; problems a user can fix print as one line, not a stack. */
export function runScript(main: () => Promise<void>): void {
  main().then(
    () => process.exit(process.exitCode ?? 0),
    (error: unknown) => {
      if (error instanceof StartupError) console.error(`\n✖ ${error.message}\n`)
      else console.error(error)
      process.exit(1)
    },
  )
}
