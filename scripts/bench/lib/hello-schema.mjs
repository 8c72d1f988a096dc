/** The one-field schema both GraphQL baselines answer: `{ hello }` → "world". */
import { GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';

export const helloSchema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      hello: { type: new GraphQLNonNull(GraphQLString), description: 'A constant.', resolve: () => 'world' },
    },
  }),
});
