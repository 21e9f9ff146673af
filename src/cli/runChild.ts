import { spawn } from 'node:child_process'
import path from 'node:path'
import { projectRoot } from '@/db/projectPaths'
import { passSignalsTo } from './signals'

/** Runs a locally installed binary to completion and returns its exit code; signals to us reach it too. */
export function runChild(bin: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(projectRoot, 'node_modules', '.bin', bin), args, {
      cwd: projectRoot,
      env,
      stdio: 'inherit',
    })
    const release = passSignalsTo((signal) => child.kill(signal))
    child.once('error', (error) => {
      release()
      reject(error)
    })
    child.once('exit', (code, signal) => {
      release()
      resolve(code ?? (signal ? 1 : 0))
    })
  })
}
