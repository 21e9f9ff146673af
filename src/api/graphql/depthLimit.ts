// Refuses GraphQL operations whose selections nest deeper than a set number of levels.
import { GraphQLError, Kind } from 'graphql'
import type { ASTVisitor, OperationDefinitionNode, SelectionSetNode, ValidationContext, ValidationRule } from 'graphql'

/** Introspection entry points: their depth is bounded by the schema, and GraphiQL's query nests deeply. */
const INTROSPECTION_FIELDS = new Set(['__schema', '__type'])

/**
 * Depth is the longest chain of nested fields in an operation: `{ a { b { c } } }` has depth 3.
 * Inline fragments and fragment spreads add no level of their own; their fields are counted
 * where they are spread. A fragment that spreads itself (directly or not) is not followed
 * again; graphql-js's own NoFragmentCycles rule refuses such documents.
 */
export function depthLimit(maxDepth: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation: OperationDefinitionNode) {
      const depth = operationDepth(context, operation)
      if (depth <= maxDepth) return
      context.reportError(
        new GraphQLError(
          `This ${operation.operation} nests ${depth} ${depth === 1 ? 'level' : 'levels'} deep; at most ${maxDepth} ${maxDepth === 1 ? 'is' : 'are'} allowed. Ask for fewer nested relationships.`,
          { nodes: operation },
        ),
      )
    },
  })
}

function operationDepth(context: ValidationContext, operation: OperationDefinitionNode): number {
  // A fragment's depth does not depend on where it is spread, so each is measured once.
  const fragmentDepths = new Map<string, number>()
  const measuring = new Set<string>()

  const depthOf = (selectionSet: SelectionSetNode): number => {
    let deepest = 0
    for (const selection of selectionSet.selections) {
      let depth = 0
      if (selection.kind === Kind.FIELD) {
        if (INTROSPECTION_FIELDS.has(selection.name.value)) continue
        depth = 1 + (selection.selectionSet ? depthOf(selection.selectionSet) : 0)
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        depth = depthOf(selection.selectionSet)
      } else {
        depth = fragmentDepth(selection.name.value)
      }
      deepest = Math.max(deepest, depth)
    }
    return deepest
  }

  const fragmentDepth = (name: string): number => {
    const known = fragmentDepths.get(name)
    if (known !== undefined) return known
    const fragment = context.getFragment(name)
    if (!fragment || measuring.has(name)) return 0
    measuring.add(name)
    const depth = depthOf(fragment.selectionSet)
    measuring.delete(name)
    fragmentDepths.set(name, depth)
    return depth
  }

  return depthOf(operation.selectionSet)
}
