import {
  Kind,
  getNamedType,
  isAbstractType,
  isCompositeType,
  isUnionType,
  valueFromAST,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** The largest page size an operation requests, and where. */
export interface PageSizeFound {
  readonly value: number;
  /** The argument, as `Query.practitioners(first:)`. */
  readonly argument: string;
}

/** The shape of one operation, as the limits see it. */
export interface OperationMeasure {
  readonly depth: number;
  readonly aliases: number;
  readonly rootFields: number;
  /** Estimated backend requests; see `measureOperation`. */
  readonly cost: number;
  readonly largestPage: PageSizeFound | undefined;
}

/** Inputs of the measure besides the operation. */
export interface MeasureInput {
  readonly schema: GraphQLSchema;
  readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  readonly variables: Readonly<Record<string, unknown>>;
  /** `Type.field` coordinates whose resolvers read from a FHIR backend. */
  readonly backendFields: ReadonlySet<string>;
}

// Arguments that set a page size: Relay `first` and FHIR search `_count`.
const PAGE_SIZE_ARGUMENTS: ReadonlySet<string> = new Set(['first', '_count']);

interface SelectionMeasure {
  depth: number;
  aliases: number;
  cost: number;
  largestPage: PageSizeFound | undefined;
}

/**
 * Measures `operation` with its fragments expanded. The cost estimates the
 * backend requests the operation can cause: 1 for every field path whose
 * resolver reads from a backend (a root field, a reference, a linked or
 * reverse-reference field). List fan-out adds nothing, because the request
 * loaders batch every parent of one level into one request per resource
 * type. It is an estimate, not a bound. A search that follows `next`
 * pages or a practitioner search by role costs more than 1, and a field
 * served from a parent's `_include` costs 0. A field selected twice at one
 * level counts twice, although GraphQL merges the two into one.
 */
export function measureOperation(
  operation: OperationDefinitionNode,
  input: MeasureInput,
): OperationMeasure {
  const root = input.schema.getRootType(operation.operation);
  if (root === null || root === undefined) {
    return {
      depth: 0,
      aliases: 0,
      rootFields: 0,
      cost: 0,
      largestPage: undefined,
    };
  }
  const walker = new SelectionWalker(input);
  const measure = walker.measure(operation.selectionSet, root);
  const rootFields = walker.countFields(operation.selectionSet, new Set());
  return { ...measure, rootFields };
}

class SelectionWalker {
  // A fragment always has the same measure, so a fragment spread many times
  // is walked once. Without this, nested spreads grow exponentially.
  private readonly fragmentMeasures = new Map<string, SelectionMeasure>();

  constructor(private readonly input: MeasureInput) {}

  measure(
    selectionSet: SelectionSetNode,
    parent: GraphQLCompositeType,
  ): SelectionMeasure {
    const total = emptyMeasure();
    for (const selection of selectionSet.selections) {
      switch (selection.kind) {
        case Kind.FIELD:
          add(total, this.measureField(selection, parent));
          break;
        case Kind.INLINE_FRAGMENT: {
          const condition = selection.typeCondition?.name.value;
          const type =
            condition === undefined ? parent : this.composite(condition);
          if (type !== undefined) {
            add(total, this.measure(selection.selectionSet, type));
          }
          break;
        }
        case Kind.FRAGMENT_SPREAD:
          add(total, this.measureFragment(selection.name.value));
          break;
      }
    }
    return total;
  }

  /** Counts the fields of a root selection set, fragments expanded. */
  countFields(selectionSet: SelectionSetNode, seen: Set<string>): number {
    let count = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        count += selection.name.value === '__typename' ? 0 : 1;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        count += this.countFields(selection.selectionSet, seen);
      } else if (!seen.has(selection.name.value)) {
        const fragment = this.input.fragments.get(selection.name.value);
        seen.add(selection.name.value);
        count += fragment ? this.countFields(fragment.selectionSet, seen) : 0;
      }
    }
    return count;
  }

  private measureField(
    node: FieldNode,
    parent: GraphQLCompositeType,
  ): SelectionMeasure {
    if (isIntrospection(node)) {
      return { ...emptyMeasure(), aliases: this.countAliases(node, new Set()) };
    }
    const definition = fieldOf(parent, node.name.value);
    if (definition === undefined) {
      return emptyMeasure();
    }
    const own: SelectionMeasure = {
      depth: 1,
      aliases: node.alias === undefined ? 0 : 1,
      cost: this.readsBackend(parent, node.name.value) ? 1 : 0,
      largestPage: this.largestPage(node, parent, definition),
    };
    const type = getNamedType(definition.type);
    if (node.selectionSet === undefined || !isCompositeType(type)) {
      return own;
    }
    const children = this.measure(node.selectionSet, type);
    return {
      depth: 1 + children.depth,
      aliases: own.aliases + children.aliases,
      cost: own.cost + children.cost,
      largestPage: larger(own.largestPage, children.largestPage),
    };
  }

  /**
   * Counts the aliases in an introspection field and below it, fragments
   * expanded once. Introspection has no backend cost and its depth is that
   * of the type system, but a response of `__schema` repeated under many
   * aliases is as large as the schema times their number.
   */
  private countAliases(node: FieldNode, seen: Set<string>): number {
    let count = node.alias === undefined ? 0 : 1;
    for (const selection of node.selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        count += this.countAliases(selection, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const inline = {
          ...node,
          alias: undefined,
          selectionSet: selection.selectionSet,
        };
        count += this.countAliases(inline, seen);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = this.input.fragments.get(selection.name.value);
        const spread = fragment && {
          ...node,
          alias: undefined,
          selectionSet: fragment.selectionSet,
        };
        count += spread ? this.countAliases(spread, seen) : 0;
      }
    }
    return count;
  }

  private measureFragment(name: string): SelectionMeasure {
    const known = this.fragmentMeasures.get(name);
    if (known !== undefined) {
      return known;
    }
    // Marked empty first, so a fragment cycle ends. Validation rejects
    // cycles before the limits run, so this only guards the walk.
    this.fragmentMeasures.set(name, emptyMeasure());
    const fragment = this.input.fragments.get(name);
    const type = fragment && this.composite(fragment.typeCondition.name.value);
    const measure =
      fragment && type
        ? this.measure(fragment.selectionSet, type)
        : emptyMeasure();
    this.fragmentMeasures.set(name, measure);
    return measure;
  }

  private readsBackend(parent: GraphQLCompositeType, field: string): boolean {
    const { schema, backendFields } = this.input;
    const types = isAbstractType(parent)
      ? schema.getPossibleTypes(parent)
      : [parent];
    return types.some((type) => backendFields.has(`${type.name}.${field}`));
  }

  private largestPage(
    node: FieldNode,
    parent: GraphQLCompositeType,
    definition: GraphQLField<unknown, unknown>,
  ): PageSizeFound | undefined {
    let largest: PageSizeFound | undefined;
    for (const argument of definition.args) {
      if (!PAGE_SIZE_ARGUMENTS.has(argument.name)) {
        continue;
      }
      const given = node.arguments?.find((a) => a.name.value === argument.name);
      const value = given
        ? valueFromAST(given.value, argument.type, this.input.variables)
        : argument.defaultValue;
      if (typeof value === 'number') {
        const where = `${parent.name}.${definition.name}(${argument.name}:)`;
        largest = larger(largest, { value, argument: where });
      }
    }
    return largest;
  }

  private composite(name: string): GraphQLCompositeType | undefined {
    const type = this.input.schema.getType(name);
    return isCompositeType(type) ? type : undefined;
  }
}

function fieldOf(
  parent: GraphQLCompositeType,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  // A union has no fields of its own but `__typename`.
  return isUnionType(parent) ? undefined : parent.getFields()[name];
}

function isIntrospection(node: FieldNode): boolean {
  return node.name.value.startsWith('__');
}

function emptyMeasure(): SelectionMeasure {
  return { depth: 0, aliases: 0, cost: 0, largestPage: undefined };
}

function add(total: SelectionMeasure, part: SelectionMeasure): void {
  total.depth = Math.max(total.depth, part.depth);
  total.aliases += part.aliases;
  total.cost += part.cost;
  total.largestPage = larger(total.largestPage, part.largestPage);
}

function larger(
  a: PageSizeFound | undefined,
  b: PageSizeFound | undefined,
): PageSizeFound | undefined {
  if (a === undefined) {
    return b;
  }
  return b !== undefined && b.value > a.value ? b : a;
}
