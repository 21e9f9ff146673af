// Writes a generated dataset with plain SQL, table by table in an order the foreign keys
// accept; the caller holds the transaction.
import type pg from 'pg'
import { arrayRowIds } from './arrayRowIds'
import { conceptTables } from './conceptTables'
import { reserveDatasetIds } from './datasetIds'
import type { GeneratedDataset } from './datasetTypes'
import { faqTables } from './faqTables'
import { insertTable, type TableRows } from './insertTable'
import { useCaseTables } from './useCaseTables'

export async function writeDataset(client: pg.Client, dataset: GeneratedDataset, seed: number): Promise<void> {
  const ids = await reserveDatasetIds(client, dataset)
  const tables: TableRows[] = [
    ['categories', dataset.categories.map((category, index) => ({ id: ids.categories[index], ...category }))],
    ...conceptTables(dataset.concepts, ids, arrayRowIds(seed)),
    ...useCaseTables(dataset.useCases, ids),
    ...faqTables(dataset.faqs, ids),
  ]
  for (const [table, rows] of tables) await insertTable(client, table, rows)
}
