// What nginx's edge cache (deploy/nginx/groundwork.conf) is worth for one page. A temporary
// nginx runs the shipped rules with the app as their upstream, next to a second server that
// serves the page's own HTML as a static file: the most any cache in front can do on this
// machine. wrk then loads (a) the static file, (b) the page through the micro-cache, (c) the
// app alone, and the bench checks that staff requests pass the cache by (BYPASS).
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { anyFreePort } from '@/db/freePort'
import { projectRoot } from '@/db/projectPaths'
import { findProgram, runWrk, type WrkRun } from './wrk'

export type EdgeCacheFigures = {
  target: string
  requests: number
  'req/s': number
  'p50 ms': number
  'p99 ms': number
  /** Requests per second as a share of the static file's: on the micro-cache row, (b)/(a). */
  'vs static': number
  /** wrk's socket errors (timeouts included) and answers that were not 2xx or 3xx. */
  errors: number
  /** On the micro-cache row: the page came back HIT, and /admin and staff requests BYPASS. */
  bypassChecked?: true
}

export type EdgeCacheOptions = { appOrigin: string; pagePath: string; concurrency?: number; seconds?: number }

const RULES = path.join(projectRoot, 'deploy/nginx/groundwork.conf')
const INSTALL_HINT = 'apt-get install -y nginx wrk'
const STARTUP_LIMIT_MS = 10_000

/** The shipped rules with their GROUNDWORK_* placeholders filled in, as the nginx image does. */
function renderRules(values: Record<string, string>): string {
  return fs.readFileSync(RULES, 'utf8').replace(/\$\{(GROUNDWORK_[A-Z0-9_]+)\}/g, (placeholder, name: string) => {
    const value = values[name]
    if (value === undefined) throw new Error(`${RULES} has a placeholder the bench does not fill: ${placeholder}`)
    return value
  })
}

/** Writes the bench's nginx.conf and the rules it includes into `dir`; returns the nginx.conf. */
function writeConfig(dir: string, ports: { proxy: number; static: number }, upstream: string): string {
  const at = (name: string) => path.join(dir, name)
  const rules = renderRules({
    GROUNDWORK_LISTEN: `127.0.0.1:${ports.proxy}`,
    GROUNDWORK_CACHE_DIR: at('cache'),
    GROUNDWORK_APP_1: upstream,
    GROUNDWORK_APP_2: upstream,
  })
  fs.writeFileSync(at('groundwork.conf'), rules)
  // One worker: wrk needs the other core of a small machine.
  const main = `daemon off;
worker_processes 1;
pid ${at('nginx.pid')};
error_log ${at('error.log')} warn;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    client_body_temp_path ${at('temp/body')};
    proxy_temp_path ${at('temp/proxy')};
    fastcgi_temp_path ${at('temp/fastcgi')};
    uwsgi_temp_path ${at('temp/uwsgi')};
    scgi_temp_path ${at('temp/scgi')};
    include ${at('groundwork.conf')};
    server {
        listen 127.0.0.1:${ports.static};
        root ${at('static')};
        types { text/html html; }
        location / { try_files /page.html =404; }
    }
}
`
  fs.writeFileSync(at('nginx.conf'), main)
  return at('nginx.conf')
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

type Nginx = { proxyOrigin: string; staticOrigin: string; stop: () => Promise<void> }

async function waitUntilServing(url: string, hasEnded: () => boolean, errorLog: string): Promise<void> {
  const deadline = Date.now() + STARTUP_LIMIT_MS
  const serving = () =>
    fetch(url).then(
      (response) => response.ok,
      () => false,
    )
  while (Date.now() < deadline && !hasEnded()) {
    if (await serving()) return
    await sleep(100)
  }
  const log = fs.existsSync(errorLog) ? fs.readFileSync(errorLog, 'utf8').trim() : ''
  throw new Error(`The bench's nginx did not start.${log ? `\n${log}` : ''}`)
}

/** nginx in the foreground with everything of its own under `dir`; serves `dir`/static/page.html. */
async function startNginx(nginx: string, dir: string, upstream: string): Promise<Nginx> {
  const proxy = await anyFreePort()
  let staticPort = await anyFreePort()
  while (staticPort === proxy) staticPort = await anyFreePort()
  for (const sub of ['cache', 'temp']) fs.mkdirSync(path.join(dir, sub))
  const configFile = writeConfig(dir, { proxy, static: staticPort }, upstream)
  const errorLog = path.join(dir, 'error.log')
  const child = spawn(nginx, ['-p', `${dir}/`, '-c', configFile, '-e', errorLog], { stdio: 'ignore' })
  let ended = false
  const exited = new Promise<void>((resolve) => {
    const end = () => {
      ended = true
      resolve()
    }
    child.once('exit', end)
    child.once('error', end)
  })
  const stop = async () => {
    if (ended) return
    child.kill('SIGTERM')
    const stopped = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)])
    if (!stopped) child.kill('SIGKILL')
    await exited
  }
  const staticOrigin = `http://127.0.0.1:${staticPort}`
  try {
    await waitUntilServing(`${staticOrigin}/`, () => ended, errorLog)
  } catch (error) {
    await stop()
    throw error
  }
  return { proxyOrigin: `http://127.0.0.1:${proxy}`, staticOrigin, stop }
}

async function cacheStatus(url: string, init: RequestInit = {}): Promise<string> {
  const response = await fetch(url, { redirect: 'manual', ...init })
  await response.arrayBuffer()
  return response.headers.get('x-cache-status') ?? '(none)'
}

/** Fails unless the page comes back HIT, and /admin and requests from staff come back BYPASS. */
async function checkCaching(proxyOrigin: string, pagePath: string): Promise<void> {
  const page = `${proxyOrigin}${pagePath}`
  const seen: string[] = []
  for (let attempt = 0; attempt < 5 && !seen.includes('HIT'); attempt++) seen.push(await cacheStatus(page))
  if (!seen.includes('HIT')) {
    throw new Error(`${pagePath} never came back HIT through the edge cache (X-Cache-Status: ${seen.join(', ')}).`)
  }
  const mustBypass: [string, string, RequestInit][] = [
    ['/admin', '/admin', {}],
    ['a signed-in editor', pagePath, { headers: { cookie: 'theme=dark; payload-token=bench' } }],
    ['a session cookie spelt with a space', pagePath, { headers: { cookie: 'payload-token =bench' } }],
    ['draft mode', pagePath, { headers: { cookie: '__prerender_bypass=bench' } }],
    ['an Authorization header', pagePath, { headers: { authorization: 'JWT bench' } }],
  ]
  for (const [label, target, init] of mustBypass) {
    const status = await cacheStatus(`${proxyOrigin}${target}`, init)
    if (status !== 'BYPASS')
      throw new Error(`The edge cache answered ${label} with X-Cache-Status ${status}, not BYPASS.`)
  }
}

/**
 * Loads `pagePath` for `seconds` each at `concurrency` connections: (a) nginx serving the
 * page's HTML as a static file, (b) the page through the shipped edge cache, warm, (c) the app
 * at `appOrigin` alone. Needs nginx and wrk installed.
 */
export async function benchEdgeCache(options: EdgeCacheOptions): Promise<EdgeCacheFigures[]> {
  const { appOrigin, pagePath, concurrency = 8, seconds = 10 } = options
  const nginx = findProgram('nginx')
  const wrk = findProgram('wrk')
  if (!nginx || !wrk) {
    const missing = [nginx ? '' : 'nginx', wrk ? '' : 'wrk'].filter(Boolean).join(' and ')
    throw new Error(`The edge cache bench needs ${missing}: ${INSTALL_HINT}`)
  }
  const app = new URL(appOrigin)
  if (app.protocol !== 'http:') throw new Error(`The edge cache bench proxies to plain http, not ${appOrigin}.`)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'groundwork-edge-'))
  // nginx's workers drop root for nobody, and must still read the page and write the cache.
  fs.chmodSync(dir, 0o755)
  let server: Nginx | undefined
  try {
    const page = await fetch(new URL(pagePath, app))
    if (!page.ok) throw new Error(`${appOrigin}${pagePath} answered ${page.status}`)
    fs.mkdirSync(path.join(dir, 'static'))
    fs.writeFileSync(path.join(dir, 'static/page.html'), Buffer.from(await page.arrayBuffer()))

    server = await startNginx(nginx, dir, `${app.hostname}:${app.port || 80}`)
    await checkCaching(server.proxyOrigin, pagePath)
    const targets: [string, string][] = [
      ['static file (nginx)', `${server.staticOrigin}${pagePath}`],
      ['edge cache (nginx → app)', `${server.proxyOrigin}${pagePath}`],
      ['app alone', new URL(pagePath, app).href],
    ]
    const runs: WrkRun[] = []
    for (const [, url] of targets) {
      await runWrk(wrk, url, concurrency, 1)
      runs.push(await runWrk(wrk, url, concurrency, seconds))
    }
    const ceiling = runs[0].perSecond
    return targets.map(([target], index) => ({
      target,
      requests: runs[index].requests,
      'req/s': Math.round(runs[index].perSecond),
      'p50 ms': Number(runs[index].p50.toFixed(2)),
      'p99 ms': Number(runs[index].p99.toFixed(2)),
      'vs static': Number((runs[index].perSecond / ceiling).toFixed(2)),
      errors: runs[index].errors,
      ...(index === 1 ? { bypassChecked: true as const } : {}),
    }))
  } finally {
    await server?.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
