// A test script run through tsx in a process of its own, which a test can kill in the middle
// of its work. The scripts load the Payload config, so they get Lexical's build condition.
import { spawn, type ChildProcessByStdio } from 'node:child_process'
import path from 'node:path'
import type { Readable } from 'node:stream'
import { withLexicalBuild } from '@/cli/lexicalBuild'
import { projectRoot } from '@/db/projectPaths'

export type ScriptChild = ChildProcessByStdio<null, Readable, null>

/** Runs `script` (a path from the project's folder) with `env` added; `detached` gives it a process group of its own. */
export function scriptInChild(script: string, env: Record<string, string>, { detached = false } = {}): ScriptChild {
  return spawn(path.join(projectRoot, 'node_modules/.bin/tsx'), [script], {
    cwd: projectRoot,
    env: withLexicalBuild({ ...process.env, ...env }),
    stdio: ['ignore', 'pipe', 'inherit'],
    detached,
  })
}

/** Resolves when the child prints the line; fails, saying so, when it ends without printing it. */
export function saidLine(child: ScriptChild, line: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk) => String(chunk).includes(line) && resolve())
    child.once('close', (code, signal) =>
      reject(new Error(`The child process ended (${signal ?? `exit code ${code}`}) without printing "${line}".`)),
    )
  })
}
