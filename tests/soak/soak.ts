// `npm run soak`: readers and editorial pairs (an editor and a reviewer each) use the
// production build at the same time for SOAK_SECONDS. Then the server is held to what they
// saw: no 5xx, every version accounted for, the audit log complete, and every page showing
// the last published version. Prints the figures, saves them in tests/soak/results/, and
// exits non-zero when a check fails. Not a timed test: it measures, and checks afterwards.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { serveProductionBuild } from '../support/productionBuild'
import { checkAuditComplete } from './checks/auditComplete'
import { checkNoServerErrors } from './checks/noServerErrors'
import { checkPagesShowLastPublished } from './checks/pagesShowLastPublished'
import { checkVersionsAccounted } from './checks/versionsAccounted'
import { workShift } from './editorial'
import { EditorialDesk, type Pair } from './editorialDesk'
import { SoakClient } from './http'
import { Ledger } from './ledger'
import { ReaderCatalogue, readContinuously } from './readers'
import { printReport, saveReport, soakReport } from './report'
import { readSeededSite } from './seededSite'
import { readSettings } from './settings'
import { signIn } from './staff'
import { STATUS_CLASSES, Traffic } from './traffic'

const PROGRESS_EVERY_MS = 30_000

async function signInPairs(client: SoakClient, count: number): Promise<Pair[]> {
  const run = Date.now().toString(36)
  const pairs: Pair[] = []
  for (let number = 1; number <= count; number++) {
    pairs.push({
      name: `Soak ${run} pair ${number}`,
      editor: await signIn(client, 'editor'),
      reviewer: await signIn(client, 'reviewer'),
    })
  }
  return pairs
}

function progressLine(startedAt: Date, traffic: Traffic, ledger: Ledger): string {
  const seconds = Math.round((Date.now() - startedAt.getTime()) / 1000)
  const answers = STATUS_CLASSES.map((statusClass) => `${traffic.count(statusClass)} ${statusClass}`).join(', ')
  return `${seconds} s: ${answers}; ${ledger.operations.publish} publishes`
}

async function main() {
  const settings = readSettings()
  // The run's review emails stay out of .data/mail and go when the soak ends, on Ctrl-C too.
  const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'groundwork-soak-mail-'))
  process.once('exit', () => fs.rmSync(mailDir, { recursive: true, force: true }))
  console.log(`Seeding, building and starting the app on port ${settings.port}; this takes a few minutes.`)
  const server = await serveProductionBuild(settings.port, { MAIL_CAPTURE_DIR: mailDir })
  try {
    const traffic = new Traffic()
    const client = new SoakClient(server.origin, traffic)
    const ledger = new Ledger()
    const auditSince = new Date()
    const admin = await signIn(client, 'admin')
    const site = await readSeededSite(client, admin, ledger)
    const pairs = await signInPairs(client, settings.editorialPairs)
    const catalogue = new ReaderCatalogue(site)

    const startedAt = new Date()
    const until = startedAt.getTime() + settings.seconds * 1000
    console.log(`Soaking for ${settings.seconds} s: ${settings.readers} readers, ${pairs.length} editorial pairs.`)
    const progress = setInterval(() => console.log(progressLine(startedAt, traffic, ledger)), PROGRESS_EVERY_MS)
    progress.unref()
    await Promise.all([
      readContinuously(client, catalogue, settings.readers, until),
      ...pairs.map((pair, index) =>
        workShift(
          new EditorialDesk(client, ledger, pair, site.categories[0].id),
          site.concepts.filter((_, conceptIndex) => conceptIndex % pairs.length === index),
          { ledger, catalogue, until },
        ),
      ),
    ])
    clearInterval(progress)
    const seconds = (Date.now() - startedAt.getTime()) / 1000

    console.log('Checking what the server kept…')
    const versions = await checkVersionsAccounted(client, admin, ledger)
    const audit = await checkAuditComplete(client, admin, ledger, auditSince)
    const pages = await checkPagesShowLastPublished(client, ledger)
    // Last, so that it covers the checks' own requests too.
    const checks = [checkNoServerErrors(traffic), versions, audit, pages]

    const report = soakReport({ startedAt, settings, seconds }, traffic, ledger, checks)
    printReport(report)
    console.log(`\nSaved ${saveReport(report, server.errorOutput())}`)
    if (!report.passed) process.exitCode = 1
  } finally {
    await server.stop()
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
