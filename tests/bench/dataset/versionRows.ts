// The rows Payload keeps for a document's newest version ("_<collection>_v" tables), made
// from the document's own rows: a published document whose version says the same, so
// reads with drafts (the admin, previews) show what readers see.
import type { Row } from './insertTable'

/** The version row of a document row: every field under "version_", marked the newest. */
export function versionRow(document: Row, versionId: number): Row {
  const fields = Object.entries(document).filter(([column]) => column !== 'id')
  return {
    id: versionId,
    parent_id: document.id,
    ...Object.fromEntries(fields.map(([column, value]) => [`version_${column}`, value])),
    created_at: document.updated_at,
    updated_at: document.updated_at,
    latest: true,
  }
}

/** An array field's row in the version: its own id kept as "_uuid". */
export function versionArrayRow({ id, ...row }: Row, versionId: number): Row {
  return { ...row, _parent_id: versionId, _uuid: id }
}

/** A relationship's or hasMany text's row in the version: the path gains "version.". */
export function versionPathRow(row: Row, versionId: number): Row {
  return { ...row, parent_id: versionId, path: `version.${row.path}` }
}
