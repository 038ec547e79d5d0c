import { AsyncLocalStorage } from 'node:async_hooks';
import type { MemoryRepository } from '@medplum/fhir-router';

/**
 * The MemoryRepository methods that read data (@medplum/fhir-router 5.2).
 * Each call that does not come from inside another counted call is one
 * request, as it would be to a FHIR server: `readReferences` of many
 * references counts once, like a batched read.
 */
const READ_METHODS = [
  'readResource',
  'readReference',
  'readReferences',
  'readHistory',
  'readVersion',
  'search',
  'searchResources',
  'searchOne',
  'searchByReference',
] as const;

/** Repository calls of one operation. */
export interface CallCount {
  calls: number;
}

type ReadMethod = (...args: unknown[]) => Promise<unknown>;

/**
 * Counts the read calls made on a repository per operation. Run each
 * operation inside `run`; calls made outside any operation are not counted.
 */
export class RepositoryCallCounter {
  private readonly operation = new AsyncLocalStorage<CallCount>();
  private readonly nested = new AsyncLocalStorage<true>();

  /** Replaces the read methods of `repository` with counting wrappers. */
  wrap(repository: MemoryRepository): void {
    for (const name of READ_METHODS) {
      const original = repository[name] as unknown as ReadMethod;
      const counted: ReadMethod = (...args) => {
        const count = this.operation.getStore();
        if (count !== undefined && this.nested.getStore() === undefined) {
          count.calls++;
        }
        // Calls the method makes on the repository itself are part of
        // this call, such as `searchResources` calling `search`.
        return this.nested.run(true, () => original.apply(repository, args));
      };
      Object.defineProperty(repository, name, {
        value: counted,
        configurable: true,
        writable: true,
      });
    }
  }

  /** Runs `operation` and returns its result with the calls it made. */
  async run<T>(
    operation: () => Promise<T>,
  ): Promise<{ result: T; calls: number }> {
    const count: CallCount = { calls: 0 };
    const result = await this.operation.run(count, operation);
    return { result, calls: count.calls };
  }
}
