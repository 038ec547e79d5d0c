import type { Bundle } from 'fhir/r4';
import type { BackendError } from '../errors';
import type { BackendCall } from './call';
import { invalidResponseError } from './classify';

interface Received {
  readonly call: BackendCall;
  readonly status: number;
  readonly attempts: number;
}

/**
 * Returns `json` as a searchset Bundle, checking the fields the client reads:
 * `resourceType`, `type`, and that `entry` and `link` are arrays when present.
 * Raises BACKEND_INVALID_RESPONSE otherwise.
 */
export function asSearchBundle(json: object, received: Received): Bundle {
  const problem = searchBundleProblem(json);
  if (problem !== undefined) {
    throw invalid(received, problem);
  }
  return json as Bundle;
}

function searchBundleProblem(json: object): string | undefined {
  const resourceType: unknown = Reflect.get(json, 'resourceType');
  const type: unknown = Reflect.get(json, 'type');
  if (resourceType !== 'Bundle' || type !== 'searchset') {
    return `${describeKind(resourceType, type)}; expected a searchset Bundle`;
  }
  for (const field of ['entry', 'link']) {
    const value: unknown = Reflect.get(json, field);
    if (value !== undefined && !Array.isArray(value)) {
      return `a Bundle whose "${field}" is not an array`;
    }
  }
  return undefined;
}

function describeKind(resourceType: unknown, type: unknown): string {
  const kind = typeof type === 'string' ? ` of type "${type}"` : '';
  return `resourceType ${JSON.stringify(resourceType) ?? 'undefined'}${kind}`;
}

/** Returns the URL of the Bundle's `next` link, if it has one. */
export function nextLinkUrl(bundle: Bundle): string | undefined {
  return bundle.link?.find((link) => link.relation === 'next')?.url;
}

/**
 * Returns `json` when its `resourceType` and `id` are the ones requested,
 * so a loader can match it to its key. Raises BACKEND_INVALID_RESPONSE
 * otherwise.
 */
export function checkReadResource(
  json: object,
  expected: { readonly resourceType: string; readonly id: string },
  received: Received,
): object {
  const resourceType: unknown = Reflect.get(json, 'resourceType');
  const id: unknown = Reflect.get(json, 'id');
  if (resourceType === expected.resourceType && id === expected.id) {
    return json;
  }
  const got = `${JSON.stringify(resourceType) ?? 'undefined'}/${JSON.stringify(id) ?? 'undefined'}`;
  const problem = `resource ${got}; expected ${expected.resourceType}/${expected.id}`;
  throw invalid(received, problem);
}

function invalid(received: Received, problem: string): BackendError {
  const { call, status, attempts } = received;
  return invalidResponseError(call, status, problem, attempts);
}
