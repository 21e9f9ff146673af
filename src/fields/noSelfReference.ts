import type { RelationshipFieldManyValidation } from 'payload'

type RelationValue = Parameters<RelationshipFieldManyValidation>[0] extends (infer V)[] | null | undefined ? V : never

function idOf(entry: RelationValue): unknown {
  if (typeof entry !== 'object' || entry === null) return entry
  return 'value' in entry ? entry.value : (entry as { id?: unknown }).id
}

/** Refuses a relationship from a concept to itself, naming the field in the message. */
export function noSelfReference(label: string): RelationshipFieldManyValidation {
  return (value, { id }) => {
    if (id === undefined || !Array.isArray(value)) return true
    const pointsAtItself = value.some((entry) => String(idOf(entry)) === String(id))
    return pointsAtItself ? `A concept cannot be its own ${label}.` : true
  }
}
