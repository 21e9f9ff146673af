// The zero-setup database: data survives a restart, a running server is reused,
// a crashed run's leftovers do not block the next start (a stale pid file, or the server
// itself left running by a killed process), and a busy port is avoided.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { processRunning, startEmbeddedPostgres } from '@/db/embeddedPostgres'
import { projectRoot } from '@/db/projectPaths'

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'groundwork-embedded-'))
const dataDir = path.join(folder, 'postgres')

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await client.query(sql)
  } finally {
    await client.end()
  }
}

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }))

describe('the embedded database', () => {
  it('keeps its data across a stop and a start, and is reused while running', async () => {
    const first = await startEmbeddedPostgres(dataDir)
    expect(first.reused).toBe(false)
    await query(first.serverUrl, "create table notes (body text); insert into notes values ('kept')")

    const second = await startEmbeddedPostgres(dataDir)
    expect(second.reused).toBe(true)
    expect(second.serverUrl).toBe(first.serverUrl)
    await second.stop()
    expect((await query(first.serverUrl, 'select body from notes')).rows).toEqual([{ body: 'kept' }])

    await first.stop()
    expect(fs.existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false)

    const restarted = await startEmbeddedPostgres(dataDir)
    expect((await query(restarted.serverUrl, 'select body from notes')).rows).toEqual([{ body: 'kept' }])
    await restarted.stop()
  })

  it('starts after a crash left a stale pid file behind', async () => {
    const deadPid = 2 ** 22 - 1
    fs.writeFileSync(path.join(dataDir, 'postmaster.pid'), `${deadPid}\n${dataDir}\n0\n54329\n`)
    const server = await startEmbeddedPostgres(dataDir)
    expect((await query(server.serverUrl, 'select count(*)::int as n from notes')).rows).toEqual([{ n: 1 }])
    await server.stop()
  })

  it('moves to another port when the usual one is taken', async () => {
    const blocker = net.createServer()
    const blocked = await new Promise<boolean>((resolve) => {
      blocker.once('error', () => resolve(false))
      blocker.listen(54329, '127.0.0.1', () => resolve(true))
    })
    const messages: string[] = []
    const server = await startEmbeddedPostgres(dataDir, (message) => messages.push(message))
    try {
      expect(new URL(server.serverUrl).port).not.toBe('54329')
      if (blocked) expect(messages.join('\n')).toMatch(/port 54329 is taken; using \d+/)
      expect((await query(server.serverUrl, 'select 1 as ok')).rows).toEqual([{ ok: 1 }])
    } finally {
      await server.stop()
      blocker.close()
    }
  })

  it('stops the server a killed process left running, and starts its own', async () => {
    const starter = spawn(
      path.join(projectRoot, 'node_modules/.bin/tsx'),
      [
        '--eval',
        `import('./src/db/embeddedPostgres.ts').then(({ startEmbeddedPostgres }) => startEmbeddedPostgres(${JSON.stringify(dataDir)})).then(() => { console.log('ready'); setInterval(() => undefined, 60_000) })`,
      ],
      { cwd: projectRoot, stdio: ['ignore', 'pipe', 'inherit'], detached: true },
    )
    await new Promise<void>((resolve) =>
      starter.stdout.on('data', (chunk) => String(chunk).includes('ready') && resolve()),
    )
    const orphanPid = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0])
    // The whole launcher, tsx and the node process it runs, dies at once: no exit handler runs.
    const ownerPid = Number(fs.readFileSync(path.join(dataDir, 'groundwork-owner.pid'), 'utf8'))
    process.kill(-starter.pid!, 'SIGKILL')
    await new Promise((resolve) => starter.once('exit', resolve))
    // The launcher can exit before the node process it ran has finished dying.
    const deadline = Date.now() + 10_000
    while (processRunning(ownerPid)) {
      if (Date.now() > deadline) throw new Error(`The killed starter (pid ${ownerPid}) was still running after 10 s.`)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    expect(() => process.kill(orphanPid, 0)).not.toThrow()

    const messages: string[] = []
    const server = await startEmbeddedPostgres(dataDir, (message) => messages.push(message))
    try {
      expect(server.reused).toBe(false)
      expect(messages.join('\n')).toMatch(/stopping the embedded Postgres a stopped or crashed run left behind/)
      expect(Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0])).not.toBe(orphanPid)
      expect((await query(server.serverUrl, 'select count(*)::int as n from notes')).rows).toEqual([{ n: 1 }])
    } finally {
      await server.stop()
    }
  })
})
