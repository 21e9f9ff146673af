import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { projectRoot } from '../db/projectPaths'

export function spawnBin(bin: string, args: string[], env: NodeJS.ProcessEnv = process.env): ChildProcess {
  return spawn(path.join(projectRoot, 'node_modules', '.bin', bin), args, {
    cwd: projectRoot,
    env,
    stdio: 'inherit',
  })
}

/** Runs a locally installed binary to completion and returns its exit code. */
export function runChild(bin: string, args: string[], env?: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawnBin(bin, args, env)
    child.once('error', reject)
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}
