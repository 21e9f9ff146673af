// GraphQL twin of POST /api/<collection>/:id/review:
//   mutation { reviewAction(collection: concepts, id: 12, action: submit) { state stateLabel } }
import type { GraphQLExtension, PayloadRequest } from 'payload'
import { performReviewAction } from './performReviewAction'
import { REVIEWED_COLLECTIONS, type ReviewedCollection } from '@/review/reviewedCollections'
import { reviewingStaff } from './reviewingStaff'
import { reviewStatus } from '@/review/queries/reviewStatus'
import { REVIEW_ACTIONS } from '@/review/rules/transitions'

type Args = { collection: ReviewedCollection['slug']; id: number; action: string; comment?: string | null }

const enumValues = (values: readonly string[]) =>
  Object.fromEntries(values.map((value) => [value.replace(/-/g, '_'), { value }]))

export const reviewMutations: GraphQLExtension = (GraphQL) => ({
  reviewAction: {
    type: new GraphQL.GraphQLObjectType({
      name: 'ReviewActionResult',
      fields: {
        state: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
        stateLabel: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
      },
    }),
    args: {
      collection: {
        type: new GraphQL.GraphQLNonNull(
          new GraphQL.GraphQLEnumType({
            name: 'ReviewedCollection',
            values: enumValues(Object.keys(REVIEWED_COLLECTIONS)),
          }),
        ),
      },
      id: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLInt) },
      action: {
        type: new GraphQL.GraphQLNonNull(
          new GraphQL.GraphQLEnumType({ name: 'ReviewActionName', values: enumValues(REVIEW_ACTIONS) }),
        ),
      },
      comment: { type: GraphQL.GraphQLString },
    },
    resolve: async (_root: unknown, args: Args, context: { req: PayloadRequest }) => {
      const user = reviewingStaff(context.req.user)
      const { payload } = context.req
      await performReviewAction(payload, { ...args, user: { ...user, collection: 'users' } })
      const status = await reviewStatus(payload, REVIEWED_COLLECTIONS[args.collection], args.id, user)
      return { state: status.state, stateLabel: status.stateLabel }
    },
  },
})
