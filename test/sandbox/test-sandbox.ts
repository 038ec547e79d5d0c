import type { Bundle, OperationOutcome, Resource } from 'fhir/r4';
import { loadSandboxData } from '../../src/sandbox/data/load';
import type { LoadOptions, SandboxData } from '../../src/sandbox/data/load';
import { startSandbox } from '../../src/sandbox/server';

export interface TestSandbox {
  readonly baseUrl: string;
  /** The resources the sandbox was started with, from the data loader. */
  readonly resources: readonly Resource[];
  readonly data: SandboxData;
  close(): Promise<void>;
}

/**
 * Starts a sandbox on a free port over the data in `data/`, loaded with
 * `options` (by default with the generated members).
 */
export async function startTestSandbox(
  options?: LoadOptions,
): Promise<TestSandbox> {
  const data = await loadSandboxData(options);
  const sandbox = await startSandbox({ resources: data.resources, port: 0 });
  return { ...sandbox, resources: data.resources, data };
}

export interface JsonResponse<T> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
}

/** Sends a request and parses the JSON body, whatever the status. */
export async function fetchJson<T = Resource>(
  url: string,
  init?: RequestInit,
): Promise<JsonResponse<T>> {
  const response = await fetch(url, init);
  const body = (await response.json()) as T;
  return { status: response.status, headers: response.headers, body };
}

export function getBundle(url: string): Promise<JsonResponse<Bundle>> {
  return fetchJson<Bundle>(url);
}

export function getOutcome(
  url: string,
  init?: RequestInit,
): Promise<JsonResponse<OperationOutcome>> {
  return fetchJson<OperationOutcome>(url, init);
}

/** Ids of the entries with `search.mode` match, in page order. */
export function matchIds(bundle: Bundle): string[] {
  return (bundle.entry ?? [])
    .filter((entry) => entry.search?.mode === 'match')
    .map((entry) => entry.resource?.id ?? '');
}

/** Searches `url` and returns every match id over all pages, sorted. */
export async function searchAllIds(url: string): Promise<string[]> {
  const ids: string[] = [];
  let next: string | undefined = url;
  while (next) {
    const { status, body } = await getBundle(next);
    expect(status).toBe(200);
    ids.push(...matchIds(body));
    next = body.link?.find((link) => link.relation === 'next')?.url;
  }
  return ids.sort();
}

export function resourcesOfType<T extends Resource>(
  resources: readonly Resource[],
  type: T['resourceType'],
): T[] {
  return resources.filter(
    (resource): resource is T => resource.resourceType === type,
  );
}
