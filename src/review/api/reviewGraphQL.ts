// GraphQL twins of GET and POST /api/<collection>/:id/review:
//   query { reviewStatus(collection: concepts, id: 12) { state stateLabel version } }
//   mutation { reviewAction(collection: concepts, id: 12, action: approve, seen: "…") { state version } }
import type { GraphQLExtension, PayloadRequest } from 'payload'
import { performReviewAction } from './performReviewAction'
import { REVIEWED_COLLECTIONS, type ReviewedCollection } from '@/review/reviewedCollections'
import { reviewingStaff } from './reviewingStaff'
import { reviewStatus } from '@/review/queries/reviewStatus'
import { REVIEW_ACTIONS } from '@/review/rules/transitions'

type GraphQLModule = Parameters<GraphQLExtension>[0]
type DocumentArgs = { collection: ReviewedCollection['slug']; id: number }
type ActionArgs = DocumentArgs & { action: string; comment?: string | null; seen?: string | null }
type Context = { req: PayloadRequest }

const enumValues = (values: readonly string[]) =>
  Object.fromEntries(values.map((value) => [value.replace(/-/g, '_'), { value }]))

/** The types the query and the mutation share, made once per schema (GraphQL refuses a name twice). */
const sharedTypes = new WeakMap<GraphQLModule, ReturnType<typeof makeTypes>>()

function makeTypes(GraphQL: GraphQLModule) {
  const text = new GraphQL.GraphQLNonNull(GraphQL.GraphQLString)
  return {
    status: new GraphQL.GraphQLObjectType({
      name: 'ReviewStatus',
      fields: {
        state: { type: text },
        stateLabel: { type: text },
        version: { type: text, description: 'What an approval from this status covers: pass it as `seen`.' },
      },
    }),
    documentArgs: {
      collection: {
        type: new GraphQL.GraphQLNonNull(
          new GraphQL.GraphQLEnumType({
            name: 'ReviewedCollection',
            values: enumValues(Object.keys(REVIEWED_COLLECTIONS)),
          }),
        ),
      },
      id: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLInt) },
    },
    action: new GraphQL.GraphQLNonNull(
      new GraphQL.GraphQLEnumType({ name: 'ReviewActionName', values: enumValues(REVIEW_ACTIONS) }),
    ),
  }
}

function typesFor(GraphQL: GraphQLModule) {
  const types = sharedTypes.get(GraphQL) ?? makeTypes(GraphQL)
  sharedTypes.set(GraphQL, types)
  return types
}

async function statusFor(req: PayloadRequest, { collection, id }: DocumentArgs) {
  const user = reviewingStaff(req.user)
  const { state, stateLabel, version } = await reviewStatus(req.payload, REVIEWED_COLLECTIONS[collection], id, user)
  return { state, stateLabel, version }
}

export const reviewQueries: GraphQLExtension = (GraphQL) => {
  const types = typesFor(GraphQL)
  return {
    reviewStatus: {
      type: types.status,
      args: types.documentArgs,
      resolve: (_root: unknown, args: DocumentArgs, context: Context) => statusFor(context.req, args),
    },
  }
}

export const reviewMutations: GraphQLExtension = (GraphQL) => {
  const types = typesFor(GraphQL)
  return {
    reviewAction: {
      type: types.status,
      args: {
        ...types.documentArgs,
        action: { type: types.action },
        comment: { type: GraphQL.GraphQLString },
        seen: { type: GraphQL.GraphQLString, description: 'For an approval: the version your review status gave.' },
      },
      resolve: async (_root: unknown, args: ActionArgs, context: Context) => {
        const user = reviewingStaff(context.req.user)
        await performReviewAction(context.req.payload, {
          ...args,
          seen: args.seen ?? undefined,
          user: { ...user, collection: 'users' },
        })
        return statusFor(context.req, args)
      },
    },
  }
}
