// The limits every GraphQL request is held to, as Payload's `graphQL.validationRules`.
import type { ExecutionArgs, ValidationRule } from 'graphql'
import { depthLimit } from './depthLimit'
import { fanOutCost } from './fanOutCost'

/** Fields nested deeper than this are refused: `Concepts > docs > related > … > id`. */
const GRAPHQL_MAX_DEPTH = 10
/** The most values one operation may ask for (see `fanOutCost`). */
const GRAPHQL_MAX_COST = 20_000
/** Assumed length of a has-many relationship, which takes no `limit`. */
const GRAPHQL_DEFAULT_LIST_SIZE = 10
/** No list counts as longer than this, whatever its `limit`. */
const GRAPHQL_MAX_LIST_SIZE = 100

export function graphqlValidationRules(args: ExecutionArgs): ValidationRule[] {
  return [
    depthLimit(GRAPHQL_MAX_DEPTH),
    fanOutCost({
      maxCost: GRAPHQL_MAX_COST,
      defaultListSize: GRAPHQL_DEFAULT_LIST_SIZE,
      maxListSize: GRAPHQL_MAX_LIST_SIZE,
      variables: args.variableValues,
    }),
  ]
}
