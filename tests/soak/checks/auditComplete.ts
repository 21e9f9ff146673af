// (3) The audit log is complete: each submit, approval and publish in the ledger has its
// entry (same action, document and person, with the version it applied to), and nothing
// else was recorded while the soak ran.
import type { PaginatedDocs } from 'payload'
import { relationId } from '@/fields/relationId'
import type { AuditLog } from '@/payload-types'
import type { SoakClient } from '../http'
import type { Ledger } from '../ledger'
import type { Staff } from '../staff'
import { checkResult, type CheckResult } from './checkResult'

async function auditEntriesSince(client: SoakClient, admin: Staff, since: Date): Promise<AuditLog[] | undefined> {
  const entries: AuditLog[] = []
  for (let page = 1; ; page++) {
    const answer = await client.request<PaginatedDocs<AuditLog>>(
      'check',
      'GET',
      `/api/audit-log?where[createdAt][greater_than_equal]=${encodeURIComponent(since.toISOString())}` +
        `&sort=createdAt&depth=0&limit=100&page=${page}`,
      { token: admin.token },
    )
    if (!answer.ok || !answer.json) return undefined
    entries.push(...answer.json.docs)
    if (!answer.json.hasNextPage) return entries
  }
}

const entryKey = (action: string, collection: string, id: string | number, userId: number | undefined) =>
  `${action} ${collection} ${id} by user ${userId ?? 'nobody'}`

function tally(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1)
  return counts
}

export async function checkAuditComplete(
  client: SoakClient,
  admin: Staff,
  ledger: Ledger,
  since: Date,
): Promise<CheckResult> {
  const check = 'Audit log complete'
  const entries = await auditEntriesSince(client, admin, since)
  if (!entries) return checkResult(check, 'the audit log could not be read', ['Reading the audit log failed.'])
  const expected = tally(
    ledger.expectedAudit.map((entry) => entryKey(entry.action, entry.collection, entry.id, entry.userId)),
  )
  const found = tally(
    entries.map((entry) =>
      entryKey(entry.action, entry.documentCollection ?? '', entry.documentId ?? '', relationId(entry.user)),
    ),
  )
  const problems: string[] = []
  for (const key of new Set([...expected.keys(), ...found.keys()])) {
    const difference = (expected.get(key) ?? 0) - (found.get(key) ?? 0)
    if (difference > 0) problems.push(`${difference} missing: ${key}`)
    if (difference < 0) problems.push(`${-difference} not in the ledger: ${key}`)
  }
  const withoutVersion = entries.filter((entry) => !entry.version).length
  if (withoutVersion > 0) problems.push(`${withoutVersion} entries do not name the version they applied to`)
  return checkResult(
    check,
    `${ledger.expectedAudit.length} moves in the ledger, ${entries.length} entries since the start`,
    problems,
  )
}
