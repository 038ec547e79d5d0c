import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Bundle, BundleEntry } from '@medplum/fhirtypes';
import type {
  RequestBody,
  SandboxContext,
  SandboxRequest,
  SandboxResponse,
} from './context';
import {
  FhirHttpError,
  invalidRequest,
  methodNotAllowed,
  notSupported,
} from './outcome';
import { parseEntryTarget } from './request-target';

/**
 * Most entries one batch may hold; more is rejected with 413. Each entry can
 * be a search of up to 1000 resources, so this bounds a response's size.
 */
export const MAX_BATCH_ENTRIES = 100;

export type Dispatch = (request: SandboxRequest) => Promise<SandboxResponse>;

/**
 * Handles `POST [base]` with a batch Bundle (FHIR R4 RESTful API, batch):
 * runs each entry through `dispatch` as its own GET, in order, and returns a
 * batch-response Bundle with one entry per request entry. A failed entry
 * gets its status and OperationOutcome without failing the others.
 */
export async function processBatch(
  context: SandboxContext,
  body: RequestBody,
  dispatch: Dispatch,
): Promise<SandboxResponse> {
  const requests = readBatchEntries(body);
  const entry: BundleEntry[] = [];
  for (const [index, item] of requests.entries()) {
    entry.push(await runEntry(context, item, index, dispatch));
  }
  const bundle: Bundle = {
    resourceType: 'Bundle',
    id: randomUUID(),
    type: 'batch-response',
    entry,
  };
  return { status: 200, resource: bundle };
}

function readBatchEntries(body: RequestBody): BundleEntry[] {
  const value = body.kind === 'json' ? body.value : undefined;
  if (!isBundle(value)) {
    throw invalidRequest(
      'POST to the base expects a JSON Bundle of type batch',
    );
  }
  if (value.type === 'transaction') {
    throw notSupported(
      'Transaction Bundles are not supported by this read-only server; send a Bundle of type batch',
    );
  }
  if (value.type !== 'batch') {
    throw invalidRequest(
      `Invalid Bundle type "${String(value.type)}" for POST to the base: expected batch`,
    );
  }
  const entries = value.entry ?? [];
  if (!Array.isArray(entries) || entries.length > MAX_BATCH_ENTRIES) {
    throw new FhirHttpError(
      413,
      'too-costly',
      `A batch holds at most ${MAX_BATCH_ENTRIES} entries; split the Bundle`,
    );
  }
  return entries;
}

function isBundle(value: unknown): value is Bundle {
  return (
    typeof value === 'object' &&
    value !== null &&
    'resourceType' in value &&
    value.resourceType === 'Bundle'
  );
}

async function runEntry(
  context: SandboxContext,
  item: BundleEntry | null,
  index: number,
  dispatch: Dispatch,
): Promise<BundleEntry> {
  try {
    const response = await dispatch(entryRequest(context, item, index));
    return {
      ...(response.resource.id
        ? { fullUrl: fullUrlOf(context, response) }
        : {}),
      resource: response.resource,
      response: {
        status: statusLine(response.status),
        etag: response.headers?.ETag,
        lastModified: response.resource.meta?.lastUpdated,
      },
    };
  } catch (error) {
    if (!(error instanceof FhirHttpError)) {
      throw error;
    }
    return {
      response: {
        status: statusLine(error.status),
        outcome: error.toOutcome(),
      },
    };
  }
}

function entryRequest(
  context: SandboxContext,
  item: BundleEntry | null,
  index: number,
): SandboxRequest {
  // Entries come from the client's JSON, so any field may have any type.
  const request = item?.request as
    { method?: unknown; url?: unknown } | undefined;
  const method = request?.method;
  const url = request?.url;
  if (
    typeof method !== 'string' ||
    typeof url !== 'string' ||
    !method ||
    !url
  ) {
    throw invalidRequest(
      `Bundle.entry[${index}].request needs a method and a url`,
    );
  }
  if (method !== 'GET' && method !== 'HEAD') {
    throw methodNotAllowed(method, url, ['GET', 'HEAD']);
  }
  const target = parseEntryTarget(context.baseUrl, url);
  return { method: 'GET', ...target, body: { kind: 'none' } };
}

function fullUrlOf(context: SandboxContext, response: SandboxResponse): string {
  const { resourceType, id } = response.resource;
  return resourceType === 'Bundle'
    ? `urn:uuid:${id}`
    : `${context.baseUrl}/${resourceType}/${id}`;
}

function statusLine(status: number): string {
  return `${status} ${STATUS_CODES[status] ?? ''}`.trim();
}
