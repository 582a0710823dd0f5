/**
 * Lookahead: whether a field's selection reaches a given child field, read from the GraphQL resolve info
 * (graphql-parse-resolve-info, which follows fragments, inline fragments and @skip/@include). A parent
 * resolver uses it to fetch what its children will ask for in its own batched query and prime the
 * per-request loaders with it, so the children's resolvers are answered from the loaders' caches
 * instead of one more round trip per level (README, "How a request reaches the data").
 */
import { BREAK, visit, type DirectiveNode, type GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type FieldsByTypeName, type ResolveTree } from 'graphql-parse-resolve-info';

export type { ResolveTree };

/** The trees selected under `fields`, whatever the concrete type, whose field name (not alias) is `name`. */
function childrenNamed(fields: FieldsByTypeName, name: string): ResolveTree[] {
  return Object.values(fields).flatMap((byAlias) => Object.values(byAlias).filter((t) => t.name === name));
}

/**
 * True when the current field's selection contains `path` (field names, outermost first), e.g.
 * `selects(info, ['programme', 'administeredBy'])` inside `City.designations`.
 */
export function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  const key = path.join('.');
  const answers = answersFor(info);
  let answer = answers.get(key);
  if (answer === undefined) answers.set(key, (answer = reaches(info, path)));
  return answer;
}

/**
 * The cached answers for this field's selection. A list's items share one `fieldNodes` array (graphql-js
 * collects a field's subfields once per parent selection), so 3,400 cities ask once, not 3,400 times;
 * compiled queries (graphql-jit) keep the same `fieldNodes` for every request of their document, so a
 * document asks once in all. The variables matter only where the document has `@skip` / `@include`
 * (`@skip(if: $x)`): there the answers are kept per request's variables, elsewhere per document.
 */
function answersFor(info: GraphQLResolveInfo): Map<string, boolean> {
  const scope = hasConditions(info) ? info.variableValues : ANY_VARIABLES;
  let byNodes = cache.get(scope);
  if (!byNodes) cache.set(scope, (byNodes = new WeakMap()));
  let answers = byNodes.get(info.fieldNodes);
  if (!answers) byNodes.set(info.fieldNodes, (answers = new Map()));
  return answers;
}

const cache = new WeakMap<object, WeakMap<object, Map<string, boolean>>>();
/** The scope of the answers of documents without `@skip` / `@include`, whose selections no variable changes. */
const ANY_VARIABLES = {};
/** Per operation (one per parsed document, which Apollo caches): whether it or its fragments use `@skip` / `@include`. */
const conditional = new WeakMap<object, boolean>();

function hasConditions(info: GraphQLResolveInfo): boolean {
  let found = conditional.get(info.operation);
  if (found === undefined) {
    found = false;
    const visitor = {
      Directive(d: DirectiveNode) {
        if (d.name.value === 'skip' || d.name.value === 'include') {
          found = true;
          return BREAK;
        }
        return undefined;
      },
    };
    for (const node of [info.operation, ...Object.values(info.fragments)]) {
      if (found) break;
      visit(node, visitor);
    }
    conditional.set(info.operation, found);
  }
  return found;
}

function reaches(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  const root = parseResolveInfo(info) as ResolveTree | null | undefined;
  return root ? treeSelects(root, path) : false;
}

/**
 * The selections of the current field's child `name` (any alias, any concrete type), each with the
 * arguments it was given: a parent that fetches a child's rows itself (`city(id)` bringing its
 * designations) does so only for a child asked for without arguments.
 */
export function childSelections(info: GraphQLResolveInfo, name: string): ResolveTree[] {
  const root = parseResolveInfo(info) as ResolveTree | null | undefined;
  return root ? childrenNamed(root.fieldsByTypeName, name) : [];
}

/**
 * The selections at the end of `path` (field names, outermost first, any alias, any concrete type) under
 * the current field, each with its arguments: `selectionsAt(info, ['edges', 'node', 'cities'])` inside
 * `Query.provinces`. Empty when the path is not selected.
 */
export function selectionsAt(info: GraphQLResolveInfo, path: readonly string[]): ResolveTree[] {
  const root = parseResolveInfo(info) as ResolveTree | null | undefined;
  return root ? treesAt(root, path) : [];
}

/** As `selectionsAt`, under `tree`. */
export function treesAt(tree: ResolveTree, path: readonly string[]): ResolveTree[] {
  let level: ResolveTree[] = [tree];
  for (const name of path) level = level.flatMap((t) => childrenNamed(t.fieldsByTypeName, name));
  return level;
}

/** True when `tree`'s selection contains `path` (field names, outermost first), as `selects` for a child. */
export function treeSelects(tree: ResolveTree, path: readonly string[]): boolean {
  return treesAt(tree, path).length > 0;
}
