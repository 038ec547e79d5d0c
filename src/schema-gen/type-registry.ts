import type { TypeModel } from './model';

/**
 * Collects the generated types. A type is requested by name with a function
 * that builds it, and `buildPending` runs the requests in order. Types that
 * refer to each other (Identifier and OrganizationReference) therefore need
 * no recursion.
 */
export class TypeRegistry {
  private readonly types = new Map<string, TypeModel>();
  private readonly requested = new Set<string>();
  private readonly pending: Array<() => TypeModel[]> = [];

  /** Queues `build` unless a type with this name was requested before. */
  request(name: string, build: () => TypeModel[]): void {
    if (this.requested.has(name)) return;
    this.requested.add(name);
    this.pending.push(build);
  }

  /** Builds queued types, including those requested while building. */
  buildPending(): void {
    for (
      let build = this.pending.shift();
      build;
      build = this.pending.shift()
    ) {
      build().forEach((type) => this.add(type));
    }
  }

  /** Adds a built type; two types with one name are a generator bug. */
  add(type: TypeModel): void {
    if (this.types.has(type.name)) {
      throw new Error(`Two generated GraphQL types are named ${type.name}`);
    }
    this.types.set(type.name, type);
  }

  get(name: string): TypeModel | undefined {
    return this.types.get(name);
  }

  /** Returns all types, sorted by name. */
  all(): TypeModel[] {
    return [...this.types.values()].sort((a, b) => compare(a.name, b.name));
  }
}

/** Code-point order, so the output does not depend on the locale. */
export function compare(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
