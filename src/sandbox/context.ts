import type { FhirRepository, FhirRouter } from '@medplum/fhir-router';
import type { Resource } from '@medplum/fhirtypes';
import type { SearchCatalog } from './catalog';

/** Everything a request handler needs, fixed once the server listens. */
export interface SandboxContext {
  readonly router: FhirRouter;
  readonly repository: FhirRepository;
  readonly catalog: SearchCatalog;
  /** Absolute service base URL without a trailing slash, e.g. `http://127.0.0.1:8103/fhir/R4`. */
  readonly baseUrl: string;
}

/** One decoded query string parameter, in request order. */
export type QueryPair = readonly [name: string, value: string];

export type RequestBody =
  | { readonly kind: 'none' }
  | { readonly kind: 'json'; readonly value: unknown }
  | { readonly kind: 'form'; readonly pairs: readonly QueryPair[] };

/** An HTTP request reduced to what the FHIR interactions read. */
export interface SandboxRequest {
  readonly method: string;
  /** Path segments after the base URL, percent-decoded. */
  readonly segments: readonly string[];
  readonly query: readonly QueryPair[];
  readonly body: RequestBody;
}

export interface SandboxResponse {
  readonly status: number;
  readonly resource: Resource;
  readonly headers?: Readonly<Record<string, string>>;
}
