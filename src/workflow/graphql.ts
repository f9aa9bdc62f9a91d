import { APIError, type PayloadRequest } from 'payload'
import { fireTransition, type WorkflowCollection, workflowCollections } from './fire'
import { inTransaction, parseTransition } from './endpoints'

type GraphQLModule = typeof import('graphql')

/** `transitionDocument(collection, id, action, …)`: the workflow over GraphQL, with the same checks as REST. */
export const workflowMutations = (graphql: GraphQLModule) => {
  const result = new graphql.GraphQLObjectType({
    name: 'WorkflowTransitionResult',
    fields: { id: { type: graphql.GraphQLString }, workflowState: { type: graphql.GraphQLString }, status: { type: graphql.GraphQLString } },
  })
  return {
    transitionDocument: {
      type: result,
      args: {
        collection: { type: new graphql.GraphQLNonNull(graphql.GraphQLString) },
        id: { type: new graphql.GraphQLNonNull(graphql.GraphQLString) },
        action: { type: new graphql.GraphQLNonNull(graphql.GraphQLString) },
        comment: { type: graphql.GraphQLString },
        reason: { type: graphql.GraphQLString },
        publishAt: { type: graphql.GraphQLString },
        unpublishAt: { type: graphql.GraphQLString },
      },
      resolve: async (_: unknown, args: Record<string, string>, context: { req: PayloadRequest }) => {
        const collection = args.collection as WorkflowCollection
        if (!workflowCollections.includes(collection)) {
          throw new APIError(`Unknown collection "${args.collection}": use ${workflowCollections.join(' or ')}.`, 400, null, true)
        }
        const id = context.req.payload.db.defaultIDType === 'number' ? Number(args.id) : args.id
        const request = parseTransition(collection, id, args)
        const doc = await inTransaction(context.req, () => fireTransition(context.req, request))
        return { id: String(doc.id), workflowState: doc.workflowState, status: doc._status }
      },
    },
  }
}
