import type pg from 'pg'

// Postgres takes at most 65,535 parameters in one statement.
const MAX_PARAMETERS = 65_535
const MAX_ROWS_PER_INSERT = 1000

/** Collects one table's rows and inserts them many to a statement; values go in as text, typed by their column. */
export class RowInserter {
  private readonly rowsPerInsert: number
  private pending: (string | null)[][] = []

  constructor(
    private readonly client: pg.Client,
    private readonly table: string,
    private readonly columns: string[],
  ) {
    this.rowsPerInsert = Math.max(1, Math.min(MAX_ROWS_PER_INSERT, Math.floor(MAX_PARAMETERS / columns.length)))
  }

  async add(values: (string | null)[]): Promise<void> {
    this.pending.push(values)
    if (this.pending.length >= this.rowsPerInsert) await this.flush()
  }

  async flush(): Promise<void> {
    if (this.pending.length === 0) return
    const width = this.columns.length
    const tuples = this.pending.map(
      (_, row) => `(${this.columns.map((_, column) => `$${row * width + column + 1}`).join(', ')})`,
    )
    const columnList = this.columns.map((column) => this.client.escapeIdentifier(column)).join(', ')
    await this.client.query(
      `insert into ${this.client.escapeIdentifier(this.table)} (${columnList}) values ${tuples.join(', ')}`,
      this.pending.flat(),
    )
    this.pending = []
  }
}
