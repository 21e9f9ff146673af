// The production server `npm start` runs: Next's own request handler behind Node's HTTP
// server, as `next start` would serve it, plus what Next cannot do: while the database is
// unreachable, a request that fails gets a 503 and a page saying so (see outage/); a
// request too long to parse gets a 431 that says so; and searches are answered without
// Next's routing (searchFastPath.ts); reader pages go out without Next's client runtime
// (readerPages/); any other cached body is written as bytes (largeBodies.ts).
// WEB_CONCURRENCY runs several such processes on one port (serverProcesses.ts).
import cluster from 'node:cluster'
import http from 'node:http'
import next from 'next'
import { projectRoot } from '@/db/projectPaths'
import { appendConnectingAddress } from './forwardedFor'
import { explainOversizedRequests } from './oversizedRequests'
import { writeLargeBodiesAsBytes } from './largeBodies'
import { serveWithoutFramework } from './readerPages/frameworkFreeResponses'
import { searchFastPath } from './searchFastPath'
import { serverProcessCount, superviseServerProcesses } from './serverProcesses'
import { sitePort } from './nextServer'
import { watchDatabase } from './outage/databaseWatch'
import { answeredAsOutage, answerOutagesWith503 } from './outage/outageResponses'
import { runScript } from './runScript'

/** One server process: Next behind our own HTTP server, until SIGTERM or SIGINT. */
async function serve(port: number): Promise<void> {
  const app = next({ dev: false, dir: projectRoot, port })
  const handle = app.getRequestHandler()
  await app.prepare()
  const database = watchDatabase(process.env.DATABASE_URL)
  const search = searchFastPath(process.env.DATABASE_URL)
  const server = http.createServer((request, response) => {
    if (answeredAsOutage(request.url, response, database)) return
    if (search.answer(request, response)) return
    appendConnectingAddress(request)
    if (!serveWithoutFramework(request, response)) writeLargeBodiesAsBytes(response)
    answerOutagesWith503(request.url, response, database)
    void handle(request, response)
  })
  explainOversizedRequests(server)
  await new Promise<void>((resolve) => server.listen(port, resolve))
  if (cluster.isPrimary) console.log(`✓ Serving the production build on http://localhost:${port}`)
  await new Promise<void>((resolve) => {
    let closing = false
    // Heard once from the process group and again from the leading process when there are several.
    const close = () => {
      if (closing) return
      closing = true
      database.stop()
      void search.stop()
      server.close(() => resolve())
      server.closeAllConnections()
    }
    process.on('SIGTERM', close)
    process.on('SIGINT', close)
  })
  await app.close()
}

runScript(async () => {
  const port = sitePort()
  const processes = serverProcessCount()
  if (processes > 1 && cluster.isPrimary) return superviseServerProcesses(processes, port)
  await serve(port)
})
