import { ConfigError } from '../../../src/errors';
import {
  defaultOperationsSettings,
  loadOperationsSettings,
} from '../../../src/server/operations/settings';
import { loggerOptions } from '../../../src/server/operations/logger-options';

function messageOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('loadOperationsSettings', () => {
  it('reads the defaults', () => {
    const settings = loadOperationsSettings({}, true);
    expect(settings.limits).toEqual({
      maxDepth: 15,
      maxAliases: 30,
      maxRootFields: 20,
      maxPageSize: 1000,
      maxCost: 50,
    });
    expect(settings.introspection).toBe(true);
    expect(settings.graphiql).toBe(true);
    expect(settings.publicCache).toEqual({
      ttlMs: 60_000,
      maxEntries: 1000,
      maxBytes: 64 * 1024 * 1024,
      store: { kind: 'memory' },
    });
    expect(settings.readinessCacheMs).toBe(5000);
    expect(settings.readinessTimeoutMs).toBe(2000);
  });

  it('turns introspection and GraphiQL off in production', () => {
    const settings = loadOperationsSettings({}, false);
    expect(settings.introspection).toBe(false);
    expect(settings.graphiql).toBe(false);
  });

  it('reads every limit', () => {
    const settings = loadOperationsSettings(
      {
        MAX_QUERY_DEPTH: '7',
        MAX_QUERY_ALIASES: '8',
        MAX_ROOT_FIELDS: '9',
        MAX_PAGE_SIZE: '10',
        MAX_QUERY_COST: '11',
      },
      true,
    );
    expect(settings.limits).toEqual({
      maxDepth: 7,
      maxAliases: 8,
      maxRootFields: 9,
      maxPageSize: 10,
      maxCost: 11,
    });
  });

  it('uses Redis when REDIS_URL is set', () => {
    const settings = loadOperationsSettings(
      {
        REDIS_URL: 'redis://127.0.0.1:6379/0',
        PUBLIC_CACHE_KEY_PREFIX: 'replicas:cache:',
      },
      true,
    );
    expect(settings.publicCache.store).toEqual({
      kind: 'redis',
      url: 'redis://127.0.0.1:6379/0',
      keyPrefix: 'replicas:cache:',
    });
  });

  it.each([
    [
      { MAX_QUERY_DEPTH: 'deep' },
      'MAX_QUERY_DEPTH: invalid value "deep"; expected an integer from 1 to 2147483647',
    ],
    [
      { MAX_QUERY_COST: '0' },
      'MAX_QUERY_COST: invalid value "0"; expected an integer from 1 to 2147483647',
    ],
    [
      { PUBLIC_CACHE_TTL_MS: '-1' },
      'PUBLIC_CACHE_TTL_MS: invalid value "-1"; expected an integer from 0 to 86400000',
    ],
    [
      { INTROSPECTION: 'yes' },
      'INTROSPECTION: invalid value "yes"; expected "true" or "false"',
    ],
    [
      { INTROSPECTION: 'false', GRAPHIQL: 'true' },
      'GRAPHIQL: true while INTROSPECTION is false; expected GRAPHIQL=false, or INTROSPECTION=true so GraphiQL can load the schema',
    ],
    [
      { READINESS_TIMEOUT_MS: '50' },
      'READINESS_TIMEOUT_MS: invalid value "50"; expected an integer from 100 to 60000',
    ],
  ])('rejects %j', (env, message) => {
    expect(messageOf(() => loadOperationsSettings(env, true))).toBe(message);
  });

  it('turns GraphiQL off with introspection', () => {
    const settings = loadOperationsSettings({ INTROSPECTION: 'false' }, true);
    expect(settings.graphiql).toBe(false);
  });
});

describe('defaultOperationsSettings', () => {
  it('has no public cache', () => {
    expect(defaultOperationsSettings(true).publicCache.ttlMs).toBe(0);
  });
});

describe('loggerOptions', () => {
  it('reads LOG_LEVEL', () => {
    expect(loggerOptions({ LOG_LEVEL: 'debug' }).level).toBe('debug');
    expect(loggerOptions({}).level).toBe('info');
  });

  it('rejects an unknown level', () => {
    expect(messageOf(() => loggerOptions({ LOG_LEVEL: 'loud' }))).toBe(
      'LOG_LEVEL: invalid value "loud"; expected one of "fatal", "error", "warn", "info", "debug", "trace", "silent"',
    );
  });
});
