import type { PaginatedDocs } from 'payload'
import type { SoakClient } from './http'
import type { DocumentRef } from './ledger'
import type { Staff } from './staff'

/** How many versions of the document the server keeps, as an admin reads them through REST; null if unreadable. */
export async function countVersions(client: SoakClient, admin: Staff, { collection, id }: DocumentRef) {
  const answer = await client.request<PaginatedDocs>(
    'check',
    'GET',
    `/api/${collection}/versions?where[parent][equals]=${id}&limit=1&depth=0`,
    { token: admin.token },
  )
  return answer.ok && answer.json ? answer.json.totalDocs : null
}
