import { join } from 'node:path';
import type { OutputFile, TypeModel } from './model';
import { printTypes } from './print-sdl';
import { compare } from './type-registry';

/** A file the generator writes, with its path relative to the repository root. */
export interface GeneratedFile {
  path: string;
  content: string;
}

const SDL_HEADER =
  '# Generated from the FHIR definitions by src/schema-gen (npm run generate).\n# Do not edit: change the generator or its configuration and regenerate.\n\n';

/** Splits the types into SDL files: one per resource type, one per kind of the rest. */
export function sdlFiles(
  types: readonly TypeModel[],
  sdlDir: string,
): GeneratedFile[] {
  const byPath = new Map<string, TypeModel[]>();
  for (const type of types) {
    const path = join(sdlDir, sdlFileName(type.file));
    byPath.set(path, [...(byPath.get(path) ?? []), type]);
  }
  return [...byPath]
    .sort(([a], [b]) => compare(a, b))
    .map(([path, fileTypes]) => ({
      path,
      content: SDL_HEADER + printTypes(fileTypes) + '\n',
    }));
}

function sdlFileName(file: OutputFile): string {
  if (file.kind === 'resource') return `resources/${file.resourceType}.graphql`;
  return `${file.kind}.graphql`;
}
