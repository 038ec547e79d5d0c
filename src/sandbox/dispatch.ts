import { isResourceType } from '@medplum/core';
import { processBatch } from './batch-handler';
import type { Dispatch } from './batch-handler';
import { buildCapabilityStatement } from './capability-statement';
import type {
  QueryPair,
  RequestBody,
  SandboxContext,
  SandboxRequest,
  SandboxResponse,
} from './context';
import {
  FhirHttpError,
  methodNotAllowed,
  notFound,
  notSupported,
} from './outcome';
import { readHistory, readResource, readVersion } from './read-handler';
import { searchType } from './search-handler';

const READ = ['GET', 'HEAD'];
const JSON_FORMATS = ['json', 'application/json', 'application/fhir+json'];

/**
 * Creates the function that maps a request to a FHIR R4 interaction of this
 * read-only server: capabilities, batch, search, read, vread and instance
 * history. Any other method on a known path gets a 405 response.
 */
export function createDispatcher(context: SandboxContext): Dispatch {
  const capabilityStatement = buildCapabilityStatement(
    context.catalog,
    context.baseUrl,
  );
  const dispatch: Dispatch = async (request) => {
    checkFormat(request.query);
    checkNoOperation(request.segments);
    if (request.segments[0] === 'metadata' && request.segments.length === 1) {
      requireMethod(request, READ);
      return { status: 200, resource: capabilityStatement };
    }
    if (request.segments.length === 0) {
      return routeBase(context, request, dispatch);
    }
    return routeType(context, request);
  };
  return dispatch;
}

function routeBase(
  context: SandboxContext,
  request: SandboxRequest,
  dispatch: Dispatch,
): Promise<SandboxResponse> {
  if (READ.includes(request.method)) {
    throw notSupported(
      `Search across all resource types is not supported; search one type, e.g. GET ${context.baseUrl}/Patient`,
    );
  }
  requireMethod(request, ['POST']);
  return processBatch(context, request.body, dispatch);
}

function routeType(
  context: SandboxContext,
  request: SandboxRequest,
): Promise<SandboxResponse> {
  const [type = '', second, third, fourth] = request.segments;
  requireServedType(context, type);
  const length = request.segments.length;
  if (length === 1) {
    requireMethod(request, READ);
    return searchType(context, type, request.query);
  }
  if (second === '_search' && length === 2) {
    requireMethod(request, ['POST']);
    return searchType(context, type, searchBodyPairs(request));
  }
  if (second === '_history') {
    throw notSupported(`History of all ${type} resources is not supported`);
  }
  if (second !== undefined && length === 2) {
    requireMethod(request, READ);
    return readResource(context, type, second, request.query);
  }
  if (second !== undefined && third === '_history' && length <= 4) {
    requireMethod(request, READ);
    return fourth === undefined
      ? readHistory(context, type, second)
      : readVersion(context, type, second, fourth, request.query);
  }
  throw notFound(`No FHIR interaction at ${request.segments.join('/')}`);
}

function requireServedType(context: SandboxContext, type: string): void {
  if (context.catalog.isServed(type)) {
    return;
  }
  throw notFound(
    isResourceType(type)
      ? `Resource type ${type} is not served by this server; ${context.baseUrl}/metadata lists the served types`
      : `Unknown resource type ${type}; ${context.baseUrl}/metadata lists the served types`,
  );
}

function requireMethod(request: SandboxRequest, allowed: string[]): void {
  if (!allowed.includes(request.method)) {
    throw methodNotAllowed(
      request.method,
      `/${request.segments.join('/')}`,
      allowed,
    );
  }
}

// `POST [type]/_search` takes its parameters from the URL and a form body.
function searchBodyPairs(request: SandboxRequest): QueryPair[] {
  return [...request.query, ...formPairs(request.body)];
}

function formPairs(body: RequestBody): readonly QueryPair[] {
  switch (body.kind) {
    case 'none':
      return [];
    case 'form':
      return body.pairs;
    case 'json':
      throw new FhirHttpError(
        415,
        'not-supported',
        'POST [type]/_search expects an application/x-www-form-urlencoded body',
      );
  }
}

function checkFormat(query: readonly QueryPair[]): void {
  for (const [key, value] of query) {
    const mediaType = value.split(';')[0]?.trim() ?? '';
    if (key === '_format' && !JSON_FORMATS.includes(mediaType)) {
      throw new FhirHttpError(
        406,
        'not-supported',
        `Unsupported _format "${value}": this server returns JSON only (json, application/fhir+json)`,
      );
    }
  }
}

function checkNoOperation(segments: readonly string[]): void {
  const operation = segments.find((segment) => segment.startsWith('$'));
  if (operation) {
    throw notSupported(
      `Operation ${operation} is not supported by this server`,
    );
  }
}
