// The pages' one way to the server: POST /graphql with JSON (so Apollo's CSRF prevention lets it through).
// A GraphQL error rejects with an Error whose `code` and `requestId` come from the first error.

export async function gql(query, variables = {}, operationName) {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables, operationName }),
  });
  let body;
  try {
    body = await res.json();
  } catch {
    throw Object.assign(new Error(`The server answered HTTP ${res.status} without JSON.`), { code: 'HTTP_' + res.status });
  }
  if (body.errors && body.errors.length) {
    const first = body.errors[0];
    const err = new Error(first.message);
    err.code = first.extensions?.code;
    err.requestId = first.extensions?.requestId ?? res.headers.get('x-request-id');
    err.data = body.data;
    throw err;
  }
  return body.data;
}
