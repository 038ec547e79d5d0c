import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino, { type Logger } from 'pino';
import {
  createAccessTokenVerifier,
  FileApiKeyStore,
  loadTokenSettings,
  type ApiKeyStore,
  type TokenSettings,
} from '../../src/auth';
import type { AuditEvent, AuditLog } from '../../src/server/audit/audit-log';
import type { Protection } from '../../src/server/protection/protection';
import {
  MemoryRateLimiter,
  type RateLimiter,
} from '../../src/server/rate-limit';

/** An audit log that keeps its events in memory. */
export class MemoryAuditLog implements AuditLog {
  readonly events: AuditEvent[] = [];

  write(event: AuditEvent): void {
    this.events.push(event);
  }

  async close(): Promise<void> {}
}

export interface TestProtectionOptions {
  /** Default: the development key, issuer and audience. */
  readonly tokens?: TokenSettings;
  /** Default: a file store in a new temporary folder. */
  readonly apiKeys?: ApiKeyStore;
  readonly requireApiKey?: boolean;
  /** Default: 1,000 requests at once, so tests never hit it. */
  readonly rateLimiter?: RateLimiter;
  readonly audit?: AuditLog;
  readonly logger?: Logger;
}

export type EnforcedProtection = Extract<Protection, { kind: 'enforced' }>;

/**
 * Builds enforced PHI protection for a test service from parts a test can
 * reach: the API key store to register keys in and the audit log to read.
 * The service closes the parts when it stops, the temporary folder
 * included.
 */
export async function openTestProtection(
  options: TestProtectionOptions = {},
): Promise<EnforcedProtection> {
  const tokens = options.tokens ?? loadTokenSettings({});
  const folder = await mkdtemp(path.join(tmpdir(), 'fpg-keys-'));
  const apiKeys = options.apiKeys ?? fileStoreIn(folder);
  const auth = {
    settings: {
      tokens,
      requireApiKey: options.requireApiKey ?? true,
      apiKeys: { kind: 'file' as const, path: path.join(folder, 'keys.json') },
    },
    verifyAccessToken: createAccessTokenVerifier(tokens),
    apiKeys: {
      ...bind(apiKeys),
      close: async () => {
        await apiKeys.close();
        await rm(folder, { recursive: true, force: true });
      },
    },
    logger: options.logger ?? pino({ level: 'silent' }),
  };
  return {
    kind: 'enforced',
    auth,
    rateLimiter:
      options.rateLimiter ??
      new MemoryRateLimiter({ burst: 1000, perMinute: 60_000 }),
    audit: options.audit ?? new MemoryAuditLog(),
  };
}

function fileStoreIn(folder: string): ApiKeyStore {
  return new FileApiKeyStore(path.join(folder, 'keys.json'));
}

/** Returns the methods of `store` bound to it, to wrap `close`. */
function bind(store: ApiKeyStore): ApiKeyStore {
  return {
    create: (name) => store.create(name),
    findByKey: (key) => store.findByKey(key),
    revoke: (id) => store.revoke(id),
    list: () => store.list(),
    close: () => store.close(),
  };
}
