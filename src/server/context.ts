import type { IncomingHttpHeaders } from 'node:http';
import type { Logger } from 'pino';
import { requestIdOf } from './operations/request-id';
import type { Principal } from '../auth';
import { Deadline, RequestStats, type FhirClient } from '../fhir';
import { RequestLoaders, type LoaderSettings } from '../loaders';
import type { CursorCodec } from '../pagination/cursor';
import { PageCursors } from '../pagination/pages';
import type { Protection } from './protection/protection';
import { establishAccess } from './protection/request-access';
import type { RequestProtection } from './protection/request-protection';

/** The context every resolver of one GraphQL request receives. */
export interface GraphContext {
  readonly requestId: string;
  readonly logger: Logger;
  readonly stats: RequestStats;
  readonly loaders: RequestLoaders;
  /** Signed page cursors bound to this caller. */
  readonly pages: PageCursors;
  /** The caller, from the request's credentials. */
  readonly principal: Principal;
  /** The PHI checks of `@phi` fields; undefined when protection is off. */
  readonly protection: RequestProtection | undefined;
}

export interface ContextSettings {
  readonly client: FhirClient;
  readonly logger: Logger;
  readonly loaderSettings: LoaderSettings;
  readonly cursors: CursorCodec;
  /** Time a request may spend on backend calls, in milliseconds. */
  readonly requestTimeoutMs: number;
  readonly protection: Protection;
}

/** The parts of an HTTP request that the context is built from. */
export interface IncomingRequest {
  readonly headers: IncomingHttpHeaders;
  /** Aborts when the client goes away. */
  readonly signal?: AbortSignal;
  /** Address of the client, the key of the anonymous rate limit. */
  readonly clientAddress?: string;
}

/**
 * Builds the context of one request: its id and logger, the caller and its
 * PHI checks, and the statistics, loaders and cursors bound to them. Raises
 * a request error (see `establishAccess`) that Apollo Server sends with the
 * HTTP status of its code.
 */
export async function createContext(
  settings: ContextSettings,
  request: IncomingRequest,
): Promise<GraphContext> {
  const requestId = requestIdOf(request.headers['x-request-id']);
  const logger = settings.logger.child({ requestId });
  const access = await establishAccess(settings.protection, settings.client, {
    headers: request.headers,
    clientAddress: request.clientAddress,
    requestId,
    logger,
  });
  const stats = new RequestStats();
  const deadline = Deadline.after(settings.requestTimeoutMs, request.signal);
  const session = settings.client.forRequest({
    deadline,
    stats,
    logger,
    bearerToken: access.bearerToken,
    guard: access.guard,
  });
  const loaders = new RequestLoaders(
    settings.client,
    session,
    settings.loaderSettings,
  );
  const caller = cursorCaller(access.principal);
  const pages = new PageCursors(settings.cursors, session, caller);
  const { principal, protection } = access;
  return { requestId, logger, stats, loaders, pages, principal, protection };
}

/**
 * Returns the caller a cursor is bound to: the member's patient, else the
 * app's key id, so a cursor issued to one caller fails for every other.
 */
function cursorCaller(principal: Principal): string {
  switch (principal.kind) {
    case 'anonymous':
      return 'anonymous';
    case 'app':
      return `app:${principal.app.keyId}`;
    case 'member':
      return principal.patient === undefined
        ? `subject:${principal.subject ?? ''}`
        : `member:${principal.patient}`;
    default:
      return assertNever(principal);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unexpected principal ${JSON.stringify(value)}`);
}
