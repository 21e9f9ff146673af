// The production server `npm start` runs: Next's own request handler behind Node's HTTP
// server, as `next start` would serve it, plus what Next cannot do: while the database is
// unreachable, a request that fails gets a 503 and a page saying so (see outage/); a
// request too long to parse gets a 431 that says so; and searches are answered without
// Next's routing (searchFastPath.ts).
import http from 'node:http'
import next from 'next'
import { projectRoot } from '@/db/projectPaths'
import { appendConnectingAddress } from './forwardedFor'
import { explainOversizedRequests } from './oversizedRequests'
import { searchFastPath } from './searchFastPath'
import { sitePort } from './nextServer'
import { watchDatabase } from './outage/databaseWatch'
import { answeredAsOutage, answerOutagesWith503 } from './outage/outageResponses'
import { runScript } from './runScript'

runScript(async () => {
  const port = sitePort()
  const app = next({ dev: false, dir: projectRoot, port })
  const handle = app.getRequestHandler()
  await app.prepare()
  const database = watchDatabase(process.env.DATABASE_URL)
  const search = searchFastPath(process.env.DATABASE_URL)
  const server = http.createServer((request, response) => {
    if (answeredAsOutage(request.url, response, database)) return
    if (search.answer(request, response)) return
    appendConnectingAddress(request)
    answerOutagesWith503(request.url, response, database)
    void handle(request, response)
  })
  explainOversizedRequests(server)
  await new Promise<void>((resolve) => server.listen(port, resolve))
  console.log(`✓ Serving the production build on http://localhost:${port}`)
  await new Promise<void>((resolve) => {
    const close = () => {
      database.stop()
      void search.stop()
      server.close(() => resolve())
      server.closeAllConnections()
    }
    process.once('SIGTERM', close)
    process.once('SIGINT', close)
  })
  await app.close()
})
