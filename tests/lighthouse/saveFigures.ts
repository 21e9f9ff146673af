// Saves a run's figures in tests/bench/results/: a JSON summary, and each page's median Lighthouse report as HTML.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { generateReport } from 'lighthouse'
import { projectRoot } from '@/db/projectPaths'
import type { PageFigures } from './pageFigures'

function reportName(page: string): string {
  return page === '/' ? 'home' : page.replace(/^\//, '').replace(/[^a-z0-9]+/gi, '-')
}

/** Writes the files and returns the summary's path. */
export function saveFigures(origin: string, runsPerPage: number, pages: PageFigures[]): string {
  const folder = path.join(projectRoot, 'tests/bench/results')
  fs.mkdirSync(folder, { recursive: true })
  const date = new Date().toISOString()
  const stem = path.join(folder, `lighthouse-${date.replace(/[:.]/g, '-')}`)
  const summary = {
    date,
    cores: os.cpus().length,
    node: process.version,
    lighthouse: pages[0]?.report.lighthouseVersion,
    browser: pages[0]?.report.environment.hostUserAgent,
    origin,
    runsPerPage,
    pages: pages.map(({ report, ...figures }) => {
      const reportFile = `${stem}-${reportName(figures.page)}.html`
      fs.writeFileSync(reportFile, generateReport(report, 'html'))
      return { ...figures, report: path.relative(projectRoot, reportFile) }
    }),
  }
  fs.writeFileSync(`${stem}.json`, JSON.stringify(summary, null, 2))
  return `${stem}.json`
}
