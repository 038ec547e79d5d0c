import { BackendError } from '../errors';
import type { BackendTarget } from './backend-target';

/**
 * Resolves a link from `target` (such as a Bundle `next` link) against its
 * base URL. Raises BACKEND_LINK_REJECTED when the result is not inside the
 * base URL, so no other server receives the backend's credentials. The
 * message names the origin only, because the query may contain PHI.
 */
export function resolveLink(target: BackendTarget, link: string): URL {
  const base = `${target.config.baseUrl}/`;
  const url = URL.canParse(link, base) ? new URL(link, base) : undefined;
  if (url !== undefined && target.contains(url)) {
    return url;
  }
  const message = `Rejected a link from FHIR backend "${target.name}" to ${describeTarget(target, url)}; links are followed only within ${target.config.baseUrl}`;
  throw new BackendError('BACKEND_LINK_REJECTED', message, {
    backend: target.name,
  });
}

function describeTarget(target: BackendTarget, url: URL | undefined): string {
  if (url === undefined) {
    return 'an invalid URL';
  }
  if (url.origin === target.origin) {
    return `a path outside the base URL on ${url.origin}`;
  }
  return `another origin, ${url.origin}`;
}
