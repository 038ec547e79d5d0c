import { parseArgs } from 'node:util';
import type { ApiKeyRecord, ApiKeyStore } from '../api-keys/store';
import { UsageError } from './usage-error';

export const APIKEY_USAGE = `Usage:
  npm run apikey -- create --name NAME   create a key for the app NAME and print it once
  npm run apikey -- revoke ID            revoke the key with id ID
  npm run apikey -- list                 list every key without the key itself

Keys are stored in Redis when REDIS_URL is set, and otherwise in
API_KEYS_FILE (default data/apikeys.json).
`;

/** One parsed `apikey` command. */
export type ApiKeyCommand =
  | { readonly kind: 'create'; readonly name: string }
  | { readonly kind: 'revoke'; readonly id: string }
  | { readonly kind: 'list' };

/** The text to print and the exit code of a command. */
export interface CommandResult {
  readonly output: string;
  readonly exitCode: number;
}

/** Parses the arguments after `npm run apikey --`. */
export function parseApiKeyCommand(argv: readonly string[]): ApiKeyCommand {
  const { values, positionals } = parseOrThrow(argv);
  const [command, ...rest] = positionals;
  if (command === 'create' && rest.length === 0 && values.name !== undefined) {
    return { kind: 'create', name: values.name };
  }
  if (command === 'revoke' && rest.length === 1 && values.name === undefined) {
    return { kind: 'revoke', id: rest[0] ?? '' };
  }
  if (command === 'list' && rest.length === 0 && values.name === undefined) {
    return { kind: 'list' };
  }
  throw new UsageError(`invalid arguments: ${argv.join(' ') || '(none)'}`);
}

/** Runs `command` against `store`. */
export async function runApiKeyCommand(
  command: ApiKeyCommand,
  store: ApiKeyStore,
): Promise<CommandResult> {
  switch (command.kind) {
    case 'create':
      return create(command.name, store);
    case 'revoke':
      return revoke(command.id, store);
    case 'list':
      return list(store);
    default:
      return assertNever(command);
  }
}

async function create(
  name: string,
  store: ApiKeyStore,
): Promise<CommandResult> {
  const { key, record } = await store.create(name);
  const output =
    `Created API key ${record.id} for ${JSON.stringify(record.name)}.\n` +
    'The key is shown only this once; store it now:\n' +
    `${key}\n`;
  return { output, exitCode: 0 };
}

async function revoke(id: string, store: ApiKeyStore): Promise<CommandResult> {
  const outcome = await store.revoke(id);
  switch (outcome.kind) {
    case 'revoked':
      return {
        output: `Revoked API key ${id} at ${outcome.record.revokedAt}.\n`,
        exitCode: 0,
      };
    case 'already-revoked':
      return {
        output: `API key ${id} was already revoked at ${outcome.record.revokedAt}.\n`,
        exitCode: 0,
      };
    case 'not-found':
      return {
        output: `No API key has the id ${JSON.stringify(id)}; run "npm run apikey -- list".\n`,
        exitCode: 1,
      };
    default:
      return assertNever(outcome);
  }
}

async function list(store: ApiKeyStore): Promise<CommandResult> {
  const records = await store.list();
  const lines = ['ID\tNAME\tCREATED\tREVOKED', ...records.map(formatRecord)];
  return { output: `${lines.join('\n')}\n`, exitCode: 0 };
}

function formatRecord(record: ApiKeyRecord): string {
  return [
    record.id,
    record.name,
    record.createdAt,
    record.revokedAt ?? '-',
  ].join('\t');
}

function parseOrThrow(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      options: { name: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(
      error instanceof Error ? error.message : String(error),
    );
  }
}

function assertNever(value: never): never {
  throw new Error(`Unexpected value ${JSON.stringify(value)}`);
}
