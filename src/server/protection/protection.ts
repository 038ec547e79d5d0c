import type { Logger } from 'pino';
import {
  createAuthServices,
  loadAuthSettings,
  type AuthServices,
} from '../../auth';
import {
  loadAuditSettings,
  openAuditLog,
  type AuditLog,
} from '../audit/audit-log';
import {
  loadRateLimitSettings,
  openRateLimiter,
  type RateLimiter,
} from '../rate-limit';

/** The PHI protection of the service. */
export type Protection =
  /**
   * Callers are authenticated, anonymous ones are rate limited, PHI fields
   * check scopes and the patient compartment, and PHI reads are audited.
   */
  | {
      readonly kind: 'enforced';
      readonly auth: AuthServices;
      readonly rateLimiter: RateLimiter;
      readonly audit: AuditLog;
    }
  /**
   * No authentication: every caller reads every resource. Only for tests
   * and tools in development; `startService` rejects it in production.
   */
  | { readonly kind: 'off' };

/**
 * Opens the enforced protection from the environment: the `AUTH_*`, API
 * key, `RATE_LIMIT_*`, `REDIS_URL` and `AUDIT_LOG` variables. Raises a
 * ConfigError naming the first invalid variable.
 */
export async function openProtection(
  env: NodeJS.ProcessEnv,
  logger: Logger,
): Promise<Protection> {
  const authSettings = loadAuthSettings(env);
  const rateLimitSettings = loadRateLimitSettings(env);
  const audit = openAuditLog(loadAuditSettings(env), logger);
  const auth = await createAuthServices(authSettings, logger);
  const rateLimiter = await openRateLimiter(rateLimitSettings, logger);
  return { kind: 'enforced', auth, rateLimiter, audit };
}

/** Closes the stores and the audit log of `protection`. */
export async function closeProtection(protection: Protection): Promise<void> {
  switch (protection.kind) {
    case 'off':
      return;
    case 'enforced':
      await Promise.all([
        protection.auth.apiKeys.close(),
        protection.rateLimiter.close(),
        protection.audit.close(),
      ]);
      return;
    default:
      return assertNever(protection);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unexpected protection ${JSON.stringify(value)}`);
}
