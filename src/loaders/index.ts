import type DataLoader from 'dataloader';
import type { BundleEntry, Resource } from 'fhir/r4';
import type { FhirClient, FhirSession } from '../fhir';
import { encodeQuery } from '../fhir';
import type { LoadOutcome } from './outcome';
import { createReadLoader } from './read-by-id';
import { createReverseLoader, type ReverseQuery } from './reverse';
import { DEFAULT_LOADER_SETTINGS, type LoaderSettings } from './settings';
import { createVersionLoader, type VersionKey } from './vread';

export type { LoadOutcome } from './outcome';
export { NOT_FOUND, resourceKey } from './outcome';
export type { ReverseQuery } from './reverse';
export type { BatchEvent, LoaderSettings } from './settings';
export { DEFAULT_LOADER_SETTINGS } from './settings';
export type { VersionKey } from './vread';

/**
 * The DataLoaders of one GraphQL request. They are created on first use
 * and never shared between requests, because their caches hold what this
 * caller was allowed to read.
 */
export class RequestLoaders {
  readonly client: FhirClient;
  readonly session: FhirSession;
  private readonly settings: LoaderSettings;
  private readonly reads = new Map<string, DataLoader<string, LoadOutcome>>();
  private readonly reverses = new Map<string, DataLoader<string, Resource[]>>();
  private versions: DataLoader<VersionKey, LoadOutcome, string> | undefined;
  /** Resources by the `fullUrl` of their Bundle entry, for `urn:uuid:` references. */
  private readonly fullUrls = new Map<string, Resource>();
  /** The resource each `#id` Reference object sits in, for contained resources. */
  private readonly containers = new WeakMap<object, Resource>();

  constructor(
    client: FhirClient,
    session: FhirSession,
    settings: LoaderSettings = DEFAULT_LOADER_SETTINGS,
  ) {
    this.client = client;
    this.session = session;
    this.settings = settings;
  }

  /** Returns the loader of `resourceType` by id. */
  read(resourceType: string): DataLoader<string, LoadOutcome> {
    let loader = this.reads.get(resourceType);
    if (loader === undefined) {
      const { client, session, settings } = this;
      loader = createReadLoader(client, session, resourceType, settings);
      this.reads.set(resourceType, loader);
    }
    return loader;
  }

  /** Returns the loader of resource versions (vread). */
  version(): DataLoader<VersionKey, LoadOutcome, string> {
    this.versions ??= createVersionLoader(this.session, this.settings);
    return this.versions;
  }

  /** Returns the loader of one reverse reference and its extra parameters. */
  reverse(query: ReverseQuery): DataLoader<string, Resource[]> {
    const key = [
      query.resourceType,
      query.param,
      encodeQuery(query.extra),
    ].join(' ');
    let loader = this.reverses.get(key);
    if (loader === undefined) {
      const { client, session, settings } = this;
      loader = createReverseLoader(client, session, query, settings);
      this.reverses.set(key, loader);
    }
    return loader;
  }

  /**
   * Primes the read loaders with the resources of search results, so that
   * a later reference to one of them costs no request, and records entry
   * `fullUrl`s for `urn:uuid:` references. Resources that the session's
   * guard rejects are skipped, so they stay unreadable.
   */
  remember(entries: readonly BundleEntry[]): void {
    for (const { resource, fullUrl } of entries) {
      if (resource?.id === undefined) {
        continue;
      }
      if (this.session.guard?.admits(resource) === false) {
        continue;
      }
      const outcome: LoadOutcome = { kind: 'found', resource };
      this.read(resource.resourceType).prime(resource.id, outcome);
      this.adopt(resource);
      if (fullUrl !== undefined) {
        this.fullUrls.set(fullUrl, resource);
      }
    }
  }

  /**
   * Records `resource` as the container of every `#id` reference inside it,
   * its contained resources included, so that `containerOf` finds it. A
   * GraphQL field resolver receives only the Reference object, not the
   * resource around it.
   */
  adopt(resource: Resource): void {
    const pending: unknown[] = [resource];
    for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
      if (typeof node !== 'object' || node === null) {
        continue;
      }
      const { reference } = node as { reference?: unknown };
      if (typeof reference === 'string' && reference.startsWith('#')) {
        this.containers.set(node, resource);
      }
      pending.push(...Object.values(node));
    }
  }

  /** Returns the resource that contains `reference`, if it was adopted. */
  containerOf(reference: object): Resource | undefined {
    return this.containers.get(reference);
  }

  /** Returns the resource whose Bundle entry had this `fullUrl`, if seen. */
  byFullUrl(fullUrl: string): Resource | undefined {
    return this.fullUrls.get(fullUrl);
  }
}
