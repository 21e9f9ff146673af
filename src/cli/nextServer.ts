import { spawn } from 'node:child_process'
import path from 'node:path'
import net from 'node:net'
import { StartupError } from '@/db/environment'
import { projectRoot } from '@/db/projectPaths'
import { serverPort } from '@/content/serverPort'
import { passSignalsTo } from './signals'

export function sitePort(): number {
  const port = Number(serverPort())
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new StartupError(`PORT must be a number between 1 and 65535, not "${process.env.PORT}".`)
  }
  return port
}

export async function assertPortFree(port: number): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const server = net.createServer()
    server.once('error', () => resolve(false))
    server.listen(port, () => server.close(() => resolve(true)))
  })
  if (!free) {
    throw new StartupError(
      `Port ${port} is already in use. Stop what uses it, or pick another: PORT=${port + 1} npm run …`,
    )
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0)
    return true
  } catch {
    return false
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal)
  } catch {
    // Every process of the group has exited already.
  }
}

/** Waits (at most `ms`) until every process of the group has exited, then kills any left. */
async function groupExited(pid: number, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms
  while (groupAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100))
  signalGroup(pid, 'SIGKILL')
}

/** Runs `next <args>` (dev, build) as `runInGroup` runs a program. */
export function runNext(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return runInGroup('next', args, env)
}

/**
 * Runs a program (from node_modules/.bin, or by its absolute path) in its own process group and resolves with its exit
 * code once the whole group has exited. Signals to this process are passed on to the whole
 * group, so no server child outlives us (or the database we stop after it).
 */
export function runInGroup(program: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve, reject) => {
    const command = path.isAbsolute(program) ? program : path.join(projectRoot, 'node_modules', '.bin', program)
    const child = spawn(command, args, {
      cwd: projectRoot,
      env,
      stdio: 'inherit',
      detached: true,
    })
    const release = passSignalsTo((signal) => {
      if (child.pid) signalGroup(child.pid, signal)
    })
    child.once('error', (error) => {
      release()
      reject(error)
    })
    child.once('exit', async (code, signal) => {
      if (child.pid) await groupExited(child.pid)
      release()
      resolve(code ?? (signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : 1))
    })
  })
}
