// wrk, the HTTP load generator the bench uses where throughput matters: a C client leaves the
// app the cores a Node client would take. `apt-get install -y wrk`.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** A program on PATH or in the sbin directories, where Debian puts nginx. */
export function findProgram(name: string): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), '/usr/sbin', '/usr/local/sbin']
  return dirs.map((dir) => path.join(dir, name)).find((file) => fs.existsSync(file))
}

const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000, h: 3_600_000 }

function milliseconds(figure: string, unit: string): number {
  return Number(figure) * UNIT_MS[unit]
}

export type WrkRun = { requests: number; perSecond: number; p50: number; p99: number; errors: number }

/** Reads wrk --latency's report: its Requests/sec, latency distribution and error lines. */
export function parseWrk(report: string): WrkRun {
  const find = (pattern: RegExp) => {
    const match = report.match(pattern)
    if (!match) throw new Error(`wrk's report has no line matching ${pattern}:\n${report}`)
    return match
  }
  const latency = (percent: number) => {
    const [, figure, unit] = find(new RegExp(`^\\s*${percent}%\\s+([\\d.]+)(us|ms|s|m|h)\\s*$`, 'm'))
    return milliseconds(figure, unit)
  }
  const socketErrors = report.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/)
  const failedAnswers = report.match(/Non-2xx or 3xx responses: (\d+)/)
  const errors =
    (socketErrors ? socketErrors.slice(1).reduce((sum, count) => sum + Number(count), 0) : 0) +
    (failedAnswers ? Number(failedAnswers[1]) : 0)
  return {
    requests: Number(find(/^\s*(\d+) requests in /m)[1]),
    perSecond: Number(find(/^Requests\/sec:\s+([\d.]+)/m)[1]),
    p50: latency(50),
    p99: latency(99),
    errors,
  }
}

/** A POST body for every request (GraphQL), given to wrk as a Lua script. */
export type WrkRequest = { method: 'POST'; body: string; contentType: string }

function requestScript(request: WrkRequest): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'groundwork-wrk-')), 'request.lua')
  const lua = (text: string) => JSON.stringify(text)
  fs.writeFileSync(
    file,
    `wrk.method = ${lua(request.method)}\nwrk.body = ${lua(request.body)}\nwrk.headers["Content-Type"] = ${lua(request.contentType)}\n`,
  )
  return file
}

export function runWrk(
  wrk: string,
  url: string,
  concurrency: number,
  seconds: number,
  request?: WrkRequest,
): Promise<WrkRun> {
  const threads = Math.max(1, Math.min(concurrency, os.availableParallelism()))
  const script = request ? ['-s', requestScript(request)] : []
  const args = ['--latency', '-t', String(threads), '-c', String(concurrency), '-d', `${seconds}s`, ...script, url]
  return new Promise((resolve, reject) => {
    const child = spawn(wrk, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('error', reject)
    child.once('close', (code) => {
      if (code !== 0) return reject(new Error(`wrk ${args.join(' ')} failed (exit code ${code}):\n${output}`))
      try {
        resolve(parseWrk(output))
      } catch (error) {
        reject(error)
      }
    })
  })
}
