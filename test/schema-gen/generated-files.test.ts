import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { StructureDefinition } from 'fhir/r4';
import { defaultGeneratorInputs } from '../../src/schema-gen/default-inputs';
import { generate, type GeneratorInputs } from '../../src/schema-gen/generate';
import type { GeneratedFile } from '../../src/schema-gen/output-files';
import { ROOT_DIR } from './committed-schema';

const R5_DIR = 'data/definitions/r5-formularyitem';
const FORMULARY_ITEM_SD = 'StructureDefinition-FormularyItem.json';
const FORMULARY_ITEM_SDL = 'schema/generated/resources/FormularyItem.graphql';

function committedSdlPaths(): string[] {
  const dir = join(ROOT_DIR, 'schema/generated');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.graphql'))
    .map((name) => relative(ROOT_DIR, join(dir, name)))
    .sort();
}

function contentOf(
  files: readonly GeneratedFile[],
  path: string,
): string | undefined {
  return files.find((file) => file.path === path)?.content;
}

describe('generated files', () => {
  let files: GeneratedFile[];

  beforeAll(() => {
    files = generate(defaultGeneratorInputs(ROOT_DIR));
  });

  test('match the committed files', () => {
    const stale = files
      .filter(
        (file) =>
          readFileSync(join(ROOT_DIR, file.path), 'utf8') !== file.content,
      )
      .map((file) => file.path);
    expect(stale).toEqual([]);
  });

  test('include every committed SDL file', () => {
    const generated = files
      .map((file) => file.path)
      .filter((p) => p.endsWith('.graphql'));
    expect(generated.sort()).toEqual(committedSdlPaths());
  });

  test('carry a do-not-edit header', () => {
    for (const file of files) {
      expect(file.content).toMatch(
        /^(#|\/\/) Generated .*\n(#|\/\/) Do not edit/,
      );
    }
  });
});

describe('generator input drift', () => {
  let workDir: string;

  beforeAll(() => {
    workDir = mkdtempSync(join(tmpdir(), 'schema-gen-'));
  });

  afterAll(() => {
    rmSync(workDir, { recursive: true, force: true });
  });

  /** Returns the default inputs with the R5 FormularyItem folder replaced by a copy. */
  function inputsWithCopiedR5(copy: string): GeneratorInputs {
    const inputs = defaultGeneratorInputs(ROOT_DIR);
    const packageDirs = inputs.sources.packageDirs.map((dir) =>
      dir === R5_DIR ? relative(ROOT_DIR, copy) : dir,
    );
    return { ...inputs, sources: { ...inputs.sources, packageDirs } };
  }

  test('editing a StructureDefinition changes the SDL', () => {
    const copy = join(workDir, 'r5-formularyitem');
    cpSync(join(ROOT_DIR, R5_DIR), copy, { recursive: true });
    const path = join(copy, FORMULARY_ITEM_SD);
    const definition = JSON.parse(
      readFileSync(path, 'utf8'),
    ) as StructureDefinition;
    const status = definition.snapshot?.element.find(
      (e) => e.path === 'FormularyItem.status',
    );
    status!.definition = 'Edited definition of the status element.';
    writeFileSync(path, JSON.stringify(definition));

    const before = contentOf(
      generate(inputsWithCopiedR5(join(ROOT_DIR, R5_DIR))),
      FORMULARY_ITEM_SDL,
    );
    const after = contentOf(
      generate(inputsWithCopiedR5(copy)),
      FORMULARY_ITEM_SDL,
    );

    expect(after).not.toEqual(before);
    expect(after).toContain('Edited definition of the status element.');
  });
});
