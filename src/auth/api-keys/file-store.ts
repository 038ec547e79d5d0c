import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { hashApiKey } from './key';
import {
  newApiKey,
  toRecord,
  type ApiKeyRecord,
  type ApiKeyStore,
  type CreatedApiKey,
  type RevokeOutcome,
  type StoredApiKey,
} from './store';

interface KeyFile {
  readonly keys: StoredApiKey[];
}

/**
 * API keys in a JSON file, for development and single-process use. Every
 * lookup reads the file again, so a key revoked by the CLI is rejected by
 * the next request. Writes replace the file atomically (write, then rename)
 * with mode 0600.
 *
 * NOTE: two processes that create or revoke at the same moment can lose
 * one of the writes, because the read-modify-write is not locked. Use the
 * Redis store for anything shared.
 */
export class FileApiKeyStore implements ApiKeyStore {
  constructor(private readonly file: string) {}

  async create(name: string): Promise<CreatedApiKey> {
    const { key, stored } = newApiKey(name, new Date());
    const { keys } = await this.read();
    await this.write({ keys: [...keys, stored] });
    return { key, record: toRecord(stored) };
  }

  async findByKey(key: string): Promise<ApiKeyRecord | undefined> {
    const hash = hashApiKey(key);
    const { keys } = await this.read();
    const stored = keys.find((entry) => entry.hash === hash);
    return stored === undefined ? undefined : toRecord(stored);
  }

  async revoke(id: string): Promise<RevokeOutcome> {
    const { keys } = await this.read();
    const stored = keys.find((entry) => entry.id === id);
    if (stored === undefined) {
      return { kind: 'not-found' };
    }
    if (stored.revokedAt !== undefined) {
      return { kind: 'already-revoked', record: toRecord(stored) };
    }
    const revoked = { ...stored, revokedAt: new Date().toISOString() };
    await this.write({
      keys: keys.map((entry) => (entry === stored ? revoked : entry)),
    });
    return { kind: 'revoked', record: toRecord(revoked) };
  }

  async list(): Promise<ApiKeyRecord[]> {
    const { keys } = await this.read();
    return keys.map(toRecord);
  }

  async close(): Promise<void> {}

  private async read(): Promise<KeyFile> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return { keys: [] };
      }
      throw error;
    }
    return parseKeyFile(text, this.file);
  }

  private async write(content: KeyFile): Promise<void> {
    await mkdir(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    const text = `${JSON.stringify(content, null, 2)}\n`;
    await writeFile(temporary, text, { mode: 0o600 });
    await rename(temporary, this.file);
  }
}

function parseKeyFile(text: string, file: string): KeyFile {
  let content: unknown;
  try {
    content = JSON.parse(text);
  } catch {
    throw new Error(`API key file ${file} is not valid JSON`);
  }
  const keys = (content as Partial<KeyFile> | null)?.keys;
  if (!Array.isArray(keys) || !keys.every(isStoredApiKey)) {
    throw new Error(
      `API key file ${file} is invalid; expected {"keys": [{"id", "name", "hash", "createdAt", "revokedAt"?}]}`,
    );
  }
  return { keys };
}

function isStoredApiKey(value: unknown): value is StoredApiKey {
  const entry = value as Partial<Record<keyof StoredApiKey, unknown>> | null;
  return (
    typeof entry?.id === 'string' &&
    typeof entry.name === 'string' &&
    typeof entry.hash === 'string' &&
    typeof entry.createdAt === 'string' &&
    (entry.revokedAt === undefined || typeof entry.revokedAt === 'string')
  );
}
