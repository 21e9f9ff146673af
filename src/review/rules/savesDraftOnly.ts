// Whether a write only stores a draft version and leaves the live record alone, decided
// as Payload 3 decides it (collections/operations: create, utilities/update, restoreVersion).
// The `draft` flag alone never makes a save a draft save: an update whose data says
// `_status: "published"` replaces the live record, whatever the flag claims.
export type WriteOperation = 'create' | 'update' | 'restoreVersion'

export function savesDraftOnly({
  operation,
  draft,
  status,
}: {
  operation: WriteOperation
  draft: boolean
  status: unknown
}): boolean {
  if (!draft) return false
  // A draft create is stored as a draft whatever its status; a draft restore likewise.
  if (operation !== 'update') return true
  return status !== 'published'
}
