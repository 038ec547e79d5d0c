import type { Resource } from 'fhir/r4';
import type { Logger } from 'pino';
import type { BackendTarget } from './backend-target';
import { asSearchBundle, checkReadResource, nextLinkUrl } from './bundle';
import type { BackendCall, Interaction } from './call';
import { exchange, type Completed, type ExchangeRuntime } from './exchange';
import {
  admittedPage,
  emptyPage,
  type NarrowedSearch,
  type SessionGuard,
} from './guard';
import { forwardsAuthorization, outgoingHeaders } from './outgoing-headers';
import { resolveLink } from './link';
import type {
  FhirRequestContext,
  ReadResult,
  SearchAllResult,
  SearchOptions,
  SearchPage,
  TypedResource,
} from './results';
import type { BackendRouter } from './routing';
import type { HttpRequest } from './transport';
import {
  readUrl,
  searchPost,
  searchUrl,
  vreadUrl,
  type SearchParams,
} from './url';

/** Settings of the client that a session reads. */
export interface SessionSettings {
  readonly runtime: ExchangeRuntime;
  readonly router: BackendRouter;
  readonly logger: Logger;
  readonly userAgent: string;
  readonly maxPages: number;
}

/**
 * The FHIR client as seen by one GraphQL request: every call shares the
 * request's deadline, statistics and bearer token. Create one per request
 * with `FhirClient.forRequest`.
 */
export class FhirSession {
  private readonly settings: SessionSettings;
  private readonly context: FhirRequestContext;

  constructor(settings: SessionSettings, context: FhirRequestContext) {
    this.settings = settings;
    this.context = context;
  }

  /** The access rules of this request, when it has any. */
  get guard(): SessionGuard | undefined {
    return this.context.guard;
  }

  /**
   * Reads `<type>/<id>` (FHIR read). 404 and 410 are results, not errors,
   * and so is a resource the guard rejects: it reads as not found.
   */
  async read<T extends string>(
    type: T,
    id: string,
  ): Promise<ReadResult<TypedResource<T>>> {
    this.context.guard?.checkRead(type);
    const backend = this.settings.router.resolve(type);
    const request = this.get(backend, readUrl(backend, type, id));
    const call = this.describe(backend, 'read', type);
    const result = await this.send(call, request);
    return this.readResult(call, result, { resourceType: type, id });
  }

  /** Reads one version, `<type>/<id>/_history/<versionId>` (FHIR vread). */
  async vread<T extends string>(
    type: T,
    id: string,
    versionId: string,
  ): Promise<ReadResult<TypedResource<T>>> {
    this.context.guard?.checkRead(type);
    const backend = this.settings.router.resolve(type);
    const request = this.get(backend, vreadUrl(backend, type, id, versionId));
    const call = this.describe(backend, 'vread', type);
    const result = await this.send(call, request);
    return this.readResult(call, result, { resourceType: type, id });
  }

  /**
   * Searches `type` and returns the first page (FHIR search-type). The
   * guard narrows the parameters first and filters the entries after.
   */
  async search(
    type: string,
    params: SearchParams,
    options: SearchOptions = {},
  ): Promise<SearchPage> {
    const backend = this.settings.router.resolve(type);
    const narrowed = await this.narrow(type, params);
    if (narrowed.kind === 'empty') {
      return emptyPage(backend.name, type);
    }
    const request =
      options.method === 'POST'
        ? this.post(backend, searchPost(backend, type, narrowed.params))
        : this.get(backend, searchUrl(backend, type, narrowed.params));
    const call = this.describe(backend, 'search', type);
    return this.admitted(await this.fetchPage(call, request));
  }

  /**
   * Fetches the page at `url`, a `next` link from `backend`. The link is
   * resolved against the base URL and must stay inside it: a link to any
   * other origin or path raises BACKEND_LINK_REJECTED and is never fetched,
   * so the backend's headers and the bearer token stay with it.
   * `resourceType` is the searched type, used for statistics and messages.
   */
  async followLink(
    url: string,
    backend: string,
    resourceType?: string,
  ): Promise<SearchPage> {
    const target = this.settings.router.named(backend);
    if (target === undefined) {
      throw new Error(`followLink: unknown backend "${backend}"`);
    }
    const link = resolveLink(target, url);
    const page = await this.fetchPage(
      this.describe(target, 'page', resourceType),
      this.get(target, link),
    );
    return this.admitted(page);
  }

  /** Fetches the page after `page`, or returns undefined on the last one. */
  async nextPage(page: SearchPage): Promise<SearchPage | undefined> {
    if (page.nextUrl === undefined) {
      return undefined;
    }
    return this.followLink(page.nextUrl, page.backend, page.resourceType);
  }

  /**
   * Searches and follows `next` links until the last page or `maxPages`
   * pages (default from the client), and returns every entry in order.
   */
  async searchAll(
    type: string,
    params: SearchParams,
    options: SearchOptions & { readonly maxPages?: number } = {},
  ): Promise<SearchAllResult> {
    const maxPages = options.maxPages ?? this.settings.maxPages;
    const first = await this.search(type, params, options);
    const entries = [...(first.bundle.entry ?? [])];
    let page = first;
    let pages = 1;
    for (; page.nextUrl !== undefined && pages < maxPages; pages += 1) {
      page = await this.followLink(page.nextUrl, page.backend, type);
      entries.push(...(page.bundle.entry ?? []));
    }
    const total = first.bundle.total;
    return {
      backend: first.backend,
      entries,
      pages,
      nextUrl: page.nextUrl,
      total,
    };
  }

  private narrow(type: string, params: SearchParams): Promise<NarrowedSearch> {
    const guard = this.context.guard;
    return guard === undefined
      ? Promise.resolve({ kind: 'search', params })
      : guard.narrowSearch(type, params, this);
  }

  private admitted(page: SearchPage): SearchPage {
    const guard = this.context.guard;
    return guard === undefined ? page : admittedPage(guard, page);
  }

  private describe(
    backend: BackendTarget,
    interaction: Interaction,
    resourceType: string | undefined,
  ): BackendCall {
    const authorizationForwarded = forwardsAuthorization(
      backend,
      this.context.bearerToken,
    );
    return { backend, interaction, resourceType, authorizationForwarded };
  }

  private get(backend: BackendTarget, url: URL): HttpRequest {
    return { method: 'GET', url, headers: this.headers(backend) };
  }

  private post(
    backend: BackendTarget,
    form: { url: URL; body: string },
  ): HttpRequest {
    const headers = {
      ...this.headers(backend),
      'content-type': 'application/x-www-form-urlencoded',
    };
    return { method: 'POST', url: form.url, headers, body: form.body };
  }

  private headers(backend: BackendTarget): Record<string, string> {
    return outgoingHeaders(
      backend,
      this.context.bearerToken,
      this.settings.userAgent,
    );
  }

  private send(call: BackendCall, request: HttpRequest): Promise<Completed> {
    const scope = {
      deadline: this.context.deadline,
      stats: this.context.stats,
      logger: this.context.logger ?? this.settings.logger,
    };
    return exchange(this.settings.runtime, scope, call, request);
  }

  private async fetchPage(
    call: BackendCall,
    request: HttpRequest,
  ): Promise<SearchPage> {
    const result = await this.send(call, request);
    if (result.kind === 'gone') {
      throw result.error;
    }
    const bundle = asSearchBundle(result.json, { call, ...result });
    const backend = call.backend.name;
    const nextUrl = nextLinkUrl(bundle);
    return { backend, resourceType: call.resourceType, bundle, nextUrl };
  }

  private readResult<R>(
    call: BackendCall,
    result: Completed,
    expected: { readonly resourceType: string; readonly id: string },
  ): ReadResult<R> {
    const backend = call.backend.name;
    switch (result.kind) {
      case 'ok': {
        const resource = checkReadResource(result.json, expected, {
          call,
          ...result,
        });
        if (this.context.guard?.admits(resource as Resource) === false) {
          return { kind: 'not-found', backend, operationOutcome: undefined };
        }
        return { kind: 'found', resource: resource as R, backend };
      }
      case 'gone': {
        const kind = result.status === 410 ? 'deleted' : 'not-found';
        return { kind, backend, operationOutcome: result.operationOutcome };
      }
      default:
        return assertNever(result);
    }
  }
}

function assertNever(value: never): never {
  throw new Error(`unexpected result ${JSON.stringify(value)}`);
}
