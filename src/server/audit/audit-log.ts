import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { ConfigError } from '../../errors';

/**
 * One PHI resource returned to a member. It names who read what and never
 * carries the resource's content or the access token.
 */
export interface AuditEvent {
  /** ISO 8601 time the resource was returned. */
  readonly time: string;
  readonly requestId: string;
  /** Id of the API key record of the calling app; null without a key. */
  readonly appId: string | null;
  /** The access token's `client_id` (or `azp`) claim. */
  readonly clientId: string | null;
  /** The member's patient id, from the token's `patient` claim. */
  readonly patient: string;
  readonly resourceType: string;
  readonly resourceId: string;
  /** The GraphQL operation name; null for an anonymous operation. */
  readonly operationName: string | null;
}

/** The destination of audit events, one JSON object per line. */
export interface AuditLog {
  write(event: AuditEvent): void;
  /** Flushes pending lines and closes a file. */
  close(): Promise<void>;
}

/** The audit destination, from `AUDIT_LOG`. */
export type AuditSettings =
  | { readonly kind: 'stdout' }
  | { readonly kind: 'file'; readonly path: string };

/**
 * Reads `AUDIT_LOG`: `stdout` (the default) or the path of a file that
 * audit lines are appended to, created with mode 0600.
 */
export function loadAuditSettings(env: NodeJS.ProcessEnv): AuditSettings {
  const text = (env.AUDIT_LOG ?? '').trim();
  if (text === '' || text === 'stdout') {
    return { kind: 'stdout' };
  }
  if (/[\0\n]/.test(text)) {
    throw new ConfigError(
      'AUDIT_LOG',
      'invalid path with a control character',
      '"stdout" or the path of a file to append audit events to',
    );
  }
  return { kind: 'file', path: path.resolve(text) };
}

/**
 * Opens the audit destination. A failed write is logged on `logger` with
 * the error only, because the line itself names a member.
 */
export function openAuditLog(
  settings: AuditSettings,
  logger: Logger,
): AuditLog {
  switch (settings.kind) {
    case 'stdout':
      return {
        write: (event) => process.stdout.write(`${JSON.stringify(event)}\n`),
        close: async () => {},
      };
    case 'file':
      return openFileAuditLog(settings.path, logger);
    default:
      return assertNever(settings);
  }
}

function openFileAuditLog(file: string, logger: Logger): AuditLog {
  const stream = createWriteStream(file, { flags: 'a', mode: 0o600 });
  stream.on('error', (error) => {
    logger.error({ err: error, file }, 'audit log write failed');
  });
  return {
    write: (event) => {
      stream.write(`${JSON.stringify(event)}\n`);
    },
    close: async () => {
      stream.end();
      await once(stream, 'close');
    },
  };
}

function assertNever(value: never): never {
  throw new Error(`Unexpected audit settings ${JSON.stringify(value)}`);
}
