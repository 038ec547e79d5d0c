import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, Source, type DocumentNode } from 'graphql';

/** Folder of the SDL files, relative to the repository root. */
export const SCHEMA_DIR = 'schema';

/**
 * Reads every `.graphql` file under `schema/` (the Federation link, the
 * hand-written SDL and the generated SDL in `schema/generated/`) into one
 * document, in path order so the result does not depend on the file system.
 */
export function loadTypeDefs(rootDir: string): DocumentNode {
  const dir = join(rootDir, SCHEMA_DIR);
  const sources = graphqlFiles(dir).map(
    (path) => new Source(readFileSync(path, 'utf8'), relative(rootDir, path)),
  );
  const definitions = sources.flatMap(
    (source) => parse(source, { noLocation: true }).definitions,
  );
  return { kind: 'Document', definitions } as DocumentNode;
}

function graphqlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => join(dir, name));
}
