import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { Deadline, RequestStats, type FhirClient } from '../fhir';
import { RequestLoaders, type LoaderSettings } from '../loaders';
import type { CursorCodec } from '../pagination/cursor';
import { PageCursors } from '../pagination/pages';

/** What every resolver of one GraphQL request receives. */
export interface GraphContext {
  readonly requestId: string;
  readonly logger: Logger;
  readonly stats: RequestStats;
  readonly loaders: RequestLoaders;
  /** Signed page cursors bound to this caller. */
  readonly pages: PageCursors;
}

export interface ContextSettings {
  readonly client: FhirClient;
  readonly logger: Logger;
  readonly loaderSettings: LoaderSettings;
  readonly cursors: CursorCodec;
  /** Time a request may spend on backend calls, in milliseconds. */
  readonly requestTimeoutMs: number;
}

/** The parts of an HTTP request that the context is built from. */
export interface IncomingRequest {
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** Aborts when the client goes away. */
  readonly signal?: AbortSignal;
}

// A request id from the caller is kept only when it is short and plain, so it
// can go into logs and response headers as it is.
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Builds the context of one request: its id, logger, statistics and loaders. */
export function createContext(
  settings: ContextSettings,
  request: IncomingRequest,
): GraphContext {
  const requestId = requestIdOf(request.headers['x-request-id']);
  const logger = settings.logger.child({ requestId });
  const stats = new RequestStats();
  const deadline = Deadline.after(settings.requestTimeoutMs, request.signal);
  const session = settings.client.forRequest({ deadline, stats, logger });
  const loaders = new RequestLoaders(
    settings.client,
    session,
    settings.loaderSettings,
  );
  // NOTE: every caller is anonymous until authentication exists, so cursors
  // are bound to the field only.
  const pages = new PageCursors(settings.cursors, session, 'anonymous');
  return { requestId, logger, stats, loaders, pages };
}

function requestIdOf(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && REQUEST_ID.test(value) ? value : randomUUID();
}
