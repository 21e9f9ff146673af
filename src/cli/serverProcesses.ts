// `npm start` can run several server processes on one port (WEB_CONCURRENCY, default 1), one
// per core: Node's cluster module hands each new connection to one of them. Each process is a
// whole instance of the app (its own Next, its own memory caches), kept consistent with the
// others by the shared cache (src/cache) as separate instances are; one of them runs the job
// queue. A process that stops after it served is replaced; one that stops before it ever
// served stops the rest, as its siblings would fail the same way.
import cluster, { type Worker } from 'node:cluster'
import { StartupError } from '@/db/environment'

const MAX_PROCESSES = 64

export function serverProcessCount(): number {
  const setting = process.env.WEB_CONCURRENCY?.trim()
  if (!setting) return 1
  const count = Number(setting)
  if (!Number.isInteger(count) || count < 1 || count > MAX_PROCESSES) {
    throw new StartupError(`WEB_CONCURRENCY must be a whole number from 1 to ${MAX_PROCESSES}; it is "${setting}".`)
  }
  return count
}

/** Runs `count` copies of this script as server processes until SIGTERM or SIGINT. */
export async function superviseServerProcesses(count: number, port: number): Promise<void> {
  const served = new WeakSet<Worker>()
  let running = 0
  let listening = 0
  let stopping = false
  let failure: string | undefined
  const fork = () => {
    running += 1
    cluster.fork()
  }
  const stopAll = () => {
    stopping = true
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM')
  }

  cluster.on('listening', (worker) => {
    served.add(worker)
    listening += 1
    if (listening === count)
      console.log(`✓ Serving the production build on http://localhost:${port} (${count} processes)`)
  })
  const stopped = new Promise<void>((resolve) => {
    cluster.on('exit', (worker, code, signal) => {
      running -= 1
      if (!stopping && served.has(worker)) {
        console.error(`A server process stopped (${signal ?? `exit code ${code}`}); starting another.`)
        fork()
      } else if (!stopping) {
        failure = `A server process stopped (${signal ?? `exit code ${code}`}) before it served.`
        stopAll()
      }
      if (running === 0) resolve()
    })
  })
  for (let index = 0; index < count; index += 1) fork()
  // `npm start` signals the whole process group, so each process also hears it and stops itself.
  process.on('SIGTERM', stopAll)
  process.on('SIGINT', stopAll)
  await stopped
  if (failure) throw new StartupError(failure)
}
