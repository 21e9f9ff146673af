// `npm run lighthouse`: Lighthouse (mobile) scores for the home and a concept page, checked against their targets.
// Starts the production build on a fresh database with the demo content (as `npm run bench` does), or audits
// the server given by `--url <origin>`. Runs each page LIGHTHOUSE_RUNS (3) times, prints the median run's scores
// and what fails, saves them with the date and core count in tests/bench/results/, and exits 1 if a target is missed.
import { parseArgs } from 'node:util'
import { serveProductionBuild, type ServedBuild } from '../support/productionBuild'
import { missesATarget, pageFigures, type PageFigures } from './pageFigures'
import { printFailingAudits, printScores } from './printFigures'
import { runLighthouse } from './runLighthouse'
import { saveFigures } from './saveFigures'
import { PAGES, RUNS_PER_PAGE } from './targets'

const port = Number(process.env.LIGHTHOUSE_PORT ?? 3400)

async function auditPage(origin: string, page: string): Promise<PageFigures> {
  const url = origin + page
  // One request first, so that the first run does not pay for the server's cold caches.
  const warmUp = await fetch(url)
  await warmUp.arrayBuffer()
  if (!warmUp.ok) throw new Error(`${url} answered ${warmUp.status}`)
  const runs = []
  for (let run = 1; run <= RUNS_PER_PAGE; run++) {
    console.log(`Auditing ${page}, run ${run} of ${RUNS_PER_PAGE}…`)
    runs.push(await runLighthouse(url))
  }
  return pageFigures(page, runs)
}

/** The server at `--url`, left running when done, or the production build started here. */
async function serverToAudit(url: string | undefined): Promise<Pick<ServedBuild, 'origin' | 'stop'>> {
  if (url) return { origin: new URL(url).origin, stop: async () => {} }
  console.log('Seeding a fresh database and building the app (a few minutes)…')
  return serveProductionBuild(port)
}

async function main() {
  const { values } = parseArgs({ options: { url: { type: 'string' } } })
  const { origin, stop } = await serverToAudit(values.url)
  try {
    const pages = []
    for (const page of PAGES) pages.push(await auditPage(origin, page))
    console.log(`\nLighthouse, mobile, median of ${RUNS_PER_PAGE} runs by performance, on ${origin}\n`)
    printScores(pages)
    printFailingAudits(pages)
    console.log(`\nSaved in ${saveFigures(origin, RUNS_PER_PAGE, pages)}`)
    if (pages.some(missesATarget)) process.exitCode = 1
  } finally {
    await stop()
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
