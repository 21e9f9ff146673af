// `tsx tests/bench/dataset/fill.ts --concepts 10000 [--seed 1]`: fills the database at
// DATABASE_URL (migrated, without a dataset yet) with a generated bench dataset and
// prints what it wrote and how long it took.
import { parseArgs } from 'node:util'
import { describeDatabase } from '@/backup/databaseSession'
import { runScript } from '@/cli/runScript'
import { StartupError } from '@/db/environment'
import { DEFAULT_SEED, fillDatabase } from './fillDatabase'
import { TITLE_COUNT } from './titleWords'

const DEFAULT_CONCEPTS = 10_000

type Bounds = { fallback: number; min: number; max: number }

function wholeNumber(flag: string, value: string | undefined, { fallback, min, max }: Bounds): number {
  if (value === undefined) return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < min || number > max) {
    throw new StartupError(`${flag} takes a whole number from ${min} to ${max}; got "${value}".`)
  }
  return number
}

runScript(async () => {
  const databaseUrl = process.env.DATABASE_URL
  if (!databaseUrl) {
    throw new StartupError(
      'DATABASE_URL is not set: give the migrated database to fill, e.g. DATABASE_URL=postgres://user:password@localhost:5432/bench',
    )
  }
  const { values } = parseArgs({ options: { concepts: { type: 'string' }, seed: { type: 'string' } } })
  const concepts = wholeNumber('--concepts', values.concepts, { fallback: DEFAULT_CONCEPTS, min: 1, max: TITLE_COUNT })
  const seed = wholeNumber('--seed', values.seed, { fallback: DEFAULT_SEED, min: 0, max: 2 ** 32 - 1 })
  console.log(`Filling ${describeDatabase(databaseUrl)} with ${concepts} generated concepts (seed ${seed})…`)
  const result = await fillDatabase(databaseUrl, { concepts, seed })
  console.table([result])
})
