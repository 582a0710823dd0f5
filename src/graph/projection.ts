/**
 * Projection: which stored properties of a node the current operation can read, so a query returns those
 * and not the whole node (issue #9: bytes from Neo4j, and their decoding, were most of the nested query's
 * cost). Each domain declares, next to its type (`declareFieldProperties` in `<entity>.type.ts`), the
 * properties each GraphQL field of that type reads; this shared layer knows no domain.
 *
 * The projection of a label is taken over the whole operation, not over one field's selection: the union,
 * for every field selected anywhere in the document (operation and fragments, whatever `@skip`/`@include`
 * say) on that type or on an interface it implements, of the properties declared for it. So every row a
 * request holds for a label holds the same properties, which cover every field the request can ask of that
 * label wherever it meets the node again (an alias, an interface fragment, `node(id)` later in the same
 * request answered from the node loader's cache). A selected field without a declaration, or a label with
 * none, projects nothing: the queries then return the whole node, as before.
 */
import { visit, visitWithTypeInfo, TypeInfo, isObjectType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import type { Plain } from './values.js';

/** For each field of a GraphQL type, the stored properties it reads (`[]`: none, e.g. a field resolved by id). */
export type FieldProperties = Readonly<Record<string, readonly string[]>>;

const declared = new Map<string, FieldProperties>();

/**
 * Called by each `<entity>.type.ts` (and for the shared interfaces) with the GraphQL type's name and what
 * each of its fields reads. A type's fields that are not declared make its projection whole.
 */
export function declareFieldProperties(typeName: string, fields: FieldProperties): void {
  declared.set(typeName, fields);
}

/** Fields resolved from the node's id (their own loaders), which read none of its stored properties. */
export function resolvedById(fields: readonly string[]): Record<string, readonly string[]> {
  return Object.fromEntries(fields.map((f) => [f, []]));
}

/** The declaration of a type (for tests); undefined when it has none. */
export function fieldPropertiesOf(typeName: string): FieldProperties | undefined {
  return declared.get(typeName);
}

/** `__typename` reads nothing, on any type. */
const META = '__typename';

/**
 * The stored properties of a `typeName` node the operation can read, sorted; null when they cannot be
 * told (an undeclared type or field), meaning "every property". Cached per operation (a parsed document
 * is one object for all the requests that send it).
 */
export function projectionFor(info: GraphQLResolveInfo, typeName: string): readonly string[] | null {
  let byType = cache.get(info.operation);
  if (!byType) cache.set(info.operation, (byType = new Map()));
  let answer = byType.get(typeName);
  if (answer === undefined) byType.set(typeName, (answer = project(info.schema, selectedFields(info), typeName)));
  return answer;
}

const cache = new WeakMap<object, Map<string, readonly string[] | null>>();
const fieldsCache = new WeakMap<object, Map<string, Set<string>>>();

/** For each type name, the fields the operation and its fragments select on it (any alias, any condition). */
function selectedFields(info: GraphQLResolveInfo): Map<string, Set<string>> {
  let out = fieldsCache.get(info.operation);
  if (out) return out;
  const found = new Map<string, Set<string>>();
  const typeInfo = new TypeInfo(info.schema);
  const visitor = visitWithTypeInfo(typeInfo, {
    Field(node) {
      const parent = typeInfo.getParentType();
      if (!parent) return;
      let set = found.get(parent.name);
      if (!set) found.set(parent.name, (set = new Set()));
      set.add(node.name.value);
    },
  });
  for (const def of [info.operation, ...Object.values(info.fragments)]) visit(def, visitor);
  fieldsCache.set(info.operation, (out = found));
  return out;
}

function project(schema: GraphQLSchema, fields: Map<string, Set<string>>, typeName: string): readonly string[] | null {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) return null;
  // The type's declaration over its interfaces' (an interface's field is the type's own field too).
  const types = [...type.getInterfaces(), type];
  const reads: Record<string, readonly string[]> = Object.assign({}, ...types.map((t) => declared.get(t.name) ?? {}));
  const props = new Set<string>();
  for (const t of types) {
    for (const f of fields.get(t.name) ?? []) {
      if (f === META) continue;
      const r = reads[f];
      if (!r) return null;
      for (const p of r) props.add(p);
    }
  }
  return [...props].sort();
}

/**
 * For the nodes a query returns whatever their label among `typeNames` (a designation page's ends, a
 * neighbourhood's sources): type name → `projectionFor`, the types that cannot be projected left out; null
 * without `info` or when none can be. The queries read it as `$args.ends` (label → property list).
 */
export function projectionsFor(info: GraphQLResolveInfo | undefined, typeNames: readonly string[]): Record<string, string[]> | null {
  if (!info) return null;
  const out: Record<string, string[]> = {};
  for (const t of typeNames) {
    const props = projectionFor(info, t);
    if (props) out[t] = [...props];
  }
  return Object.keys(out).length ? out : null;
}

/**
 * `projectionsFor(info, labels)` for every node label at once, as the node loader reads it (by id, whatever
 * the label); cached per operation and label list.
 */
export function nodeProjectionsFor(info: GraphQLResolveInfo, labels: readonly string[]): Record<string, string[]> | null {
  let byList = nodeCache.get(info.operation);
  if (!byList) nodeCache.set(info.operation, (byList = new Map()));
  let answer = byList.get(labels);
  if (answer === undefined) byList.set(labels, (answer = projectionsFor(info, labels)));
  return answer;
}

const nodeCache = new WeakMap<object, Map<readonly string[], Record<string, string[]> | null>>();

/** Of `ends` (`projectionsFor`), the projection of a node with these labels; null: the node is whole. */
export function heldFor(labels: readonly string[], ends: Record<string, readonly string[]> | null): readonly string[] | null {
  if (!ends) return null;
  for (const l of labels) if (ends[l]) return ends[l];
  return null;
}

/**
 * A node's properties from a projected row: the values a query returned for `props` (in that order,
 * `[k IN $args.props | n[k]]`) keyed back by name; a map (a whole node) is kept as it is.
 */
export function projectedProps(values: Record<string, Plain> | Plain[], props: readonly string[] | null): Record<string, Plain> {
  if (!Array.isArray(values)) return values;
  const out: Record<string, Plain> = {};
  if (props) for (let i = 0; i < props.length; i++) if (values[i] !== null && values[i] !== undefined) out[props[i]!] = values[i]!;
  return out;
}
