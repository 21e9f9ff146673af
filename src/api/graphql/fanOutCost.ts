// Refuses GraphQL operations whose lists within lists could make the response too large.
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
} from 'graphql'
import type {
  ArgumentNode,
  ASTVisitor,
  FieldNode,
  GraphQLCompositeType,
  GraphQLField,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
  ValueNode,
} from 'graphql'

export type FanOutCostOptions = {
  /** The most values one operation may ask for. */
  maxCost: number
  /** Assumed length of a list nothing bounds, such as a has-many relationship (`related: [Concept]`). */
  defaultListSize: number
  /** No list is assumed longer than this, whatever its `limit` says. */
  maxListSize: number
  /** Payload's page size when a collection query gives no `limit`. */
  defaultLimit?: number
  /** The request's variable values, to read a `limit: $limit`. */
  variables?: Readonly<Record<string, unknown>> | null
}

/** Estimates at or above this are reported as "more than" it, not as an exact-looking number. */
const REPORTABLE = 1e15
const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })

/**
 * Estimates how many values an operation could return: each selected field counts once for
 * every item of the lists it sits in. A list's length comes from the `limit` argument of the
 * nearest field at or above it that has one (Payload's `Concepts(limit:) { docs }` and join
 * fields `faqs(limit:) { docs }`), clamped to `maxListSize`; lists without one (has-many
 * relationships) count as `defaultListSize`. Payload returns every document for `limit: 0`,
 * for `pagination: false`, and for a join field without a limit, so those count as `maxListSize`.
 * Named and inline fragments are followed; a fragment spread inside itself is not followed
 * again (graphql-js's NoFragmentCycles rule refuses such documents).
 */
export function fanOutCost(options: FanOutCostOptions): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation: OperationDefinitionNode) {
      const cost = operationCost(context, operation, options)
      if (cost <= options.maxCost) return
      const amount =
        cost < REPORTABLE ? `about ${numberFormat.format(cost)}` : `more than ${numberFormat.format(REPORTABLE)}`
      context.reportError(
        new GraphQLError(
          `This ${operation.operation} could return ${amount} values; at most ${numberFormat.format(options.maxCost)} are allowed. Lower "limit" or nest fewer lists.`,
          { nodes: operation },
        ),
      )
    },
  })
}

function operationCost(
  context: ValidationContext,
  operation: OperationDefinitionNode,
  options: FanOutCostOptions,
): number {
  const schema = context.getSchema()
  const rootType = schema.getRootType(operation.operation)
  if (!rootType) return 0
  const { defaultListSize, maxListSize, defaultLimit = 10, variables } = options

  /** A literal or variable argument value, with the operation's variable defaults. */
  const argumentValue = (field: FieldNode, name: string): unknown => {
    const argument = field.arguments?.find((candidate: ArgumentNode) => candidate.name.value === name)
    return argument ? literalValue(argument.value) : undefined
  }
  const literalValue = (value: ValueNode): unknown => {
    switch (value.kind) {
      case Kind.INT:
        return Number(value.value)
      case Kind.BOOLEAN:
        return value.value
      case Kind.VARIABLE: {
        const name = value.name.value
        if (variables && Object.prototype.hasOwnProperty.call(variables, name)) return variables[name]
        const definition = operation.variableDefinitions?.find((candidate) => candidate.variable.name.value === name)
        return definition?.defaultValue ? literalValue(definition.defaultValue) : undefined
      }
      default:
        return undefined
    }
  }

  /** The list length a field's `limit` (and `pagination`) arguments set, if it has them. */
  const limitedSize = (definition: GraphQLField<unknown, unknown>, field: FieldNode): number | undefined => {
    if (!definition.args.some((argument) => argument.name === 'limit')) return undefined
    const paginated = definition.args.some((argument) => argument.name === 'pagination')
    if (paginated && argumentValue(field, 'pagination') === false) return maxListSize
    const limit = argumentValue(field, 'limit')
    if (typeof limit !== 'number' || !Number.isFinite(limit))
      return paginated ? Math.min(defaultLimit, maxListSize) : maxListSize
    return limit > 0 ? Math.min(Math.ceil(limit), maxListSize) : maxListSize
  }

  // The cost of a selection set grows in proportion to the lists above it, so each fragment is
  // priced once per list length handed down to it, for one item.
  const fragmentCosts = new Map<string, number>()
  const pricing = new Set<string>()

  const selectionCost = (
    selectionSet: SelectionSetNode,
    parentType: GraphQLCompositeType,
    pending: number | undefined,
  ): number => {
    let total = 0
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        total += fieldCost(selection, parentType, pending)
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType
        if (type && isCompositeType(type)) total += selectionCost(selection.selectionSet, type, pending)
      } else {
        total += fragmentCost(selection.name.value, pending)
      }
    }
    return total
  }

  const fieldCost = (field: FieldNode, parentType: GraphQLCompositeType, pending: number | undefined): number => {
    const name = field.name.value
    if (name === '__typename') return 1
    if (name.startsWith('__')) return 0 // introspection: bounded by the schema
    const definition =
      isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[name] : undefined
    if (!definition || !field.selectionSet) return 1
    const childType = getNamedType(definition.type)
    if (!isCompositeType(childType)) return 1
    // A `limit` sizes the first list at or below its field; lists nothing sizes get the default.
    let handedDown = limitedSize(definition, field) ?? pending
    let items = 1
    if (isListType(getNullableType(definition.type))) {
      items = handedDown ?? Math.min(defaultListSize, maxListSize)
      handedDown = undefined
    }
    return 1 + items * selectionCost(field.selectionSet, childType, handedDown)
  }

  const fragmentCost = (name: string, pending: number | undefined): number => {
    const key = `${name}:${pending ?? ''}`
    const known = fragmentCosts.get(key)
    if (known !== undefined) return known
    const fragment = context.getFragment(name)
    const type = fragment ? schema.getType(fragment.typeCondition.name.value) : undefined
    if (!fragment || !type || !isCompositeType(type) || pricing.has(name)) return 0
    pricing.add(name)
    const cost = selectionCost(fragment.selectionSet, type, pending)
    pricing.delete(name)
    fragmentCosts.set(key, cost)
    return cost
  }

  return selectionCost(operation.selectionSet, rootType, undefined)
}
