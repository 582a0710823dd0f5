/**
 * A validation rule: an operation whose type (mutation, subscription) the schema does not define is
 * refused during validation, so the client gets GRAPHQL_VALIDATION_FAILED with HTTP 400 and a message
 * that says so. graphql 16 leaves this to execution, where it surfaces as an error with no code that
 * the server would mask as INTERNAL_SERVER_ERROR (graphql 17 adds the same rule to its standard set).
 */
import { GraphQLError, OperationTypeNode, type ValidationRule } from 'graphql';

export const knownOperationTypeRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const schema = context.getSchema();
    if (schema.getRootType(node.operation)) return;
    const has = [OperationTypeNode.QUERY, OperationTypeNode.MUTATION, OperationTypeNode.SUBSCRIPTION].filter((op) => schema.getRootType(op)).map((op) => `${op}s`);
    context.reportError(new GraphQLError(`This API has no ${node.operation}s: its schema defines ${has.join(' and ') || 'no operations'} only.`, { nodes: node }));
  },
});
