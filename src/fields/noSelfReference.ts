import type { RelationshipFieldManyValidation } from 'payload'
import { relationId } from './relationId'

/** Refuses a relationship from a concept to itself, naming the field in the message. */
export function noSelfReference(label: string): RelationshipFieldManyValidation {
  return (value, { id }) => {
    const self = relationId(id)
    if (self === undefined || !Array.isArray(value)) return true
    const pointsAtItself = value.some((entry) => relationId(entry) === self)
    return pointsAtItself ? `A concept cannot be its own ${label}.` : true
  }
}
