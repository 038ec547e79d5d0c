/**
 * `npm run generate`, first step: writes the GraphQL SDL and the TypeScript
 * tables generated from the FHIR definitions, then prints each file's size.
 * The second step of the script, graphql-codegen, reads the SDL written here.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defaultGeneratorInputs } from './default-inputs';
import { generate } from './generate';

function main(): void {
  const inputs = defaultGeneratorInputs(process.cwd());
  const files = generate(inputs);
  // Start from an empty SDL folder, so a type that is no longer generated
  // does not leave a stale file behind.
  rmSync(join(inputs.rootDir, inputs.output.sdlDir), {
    recursive: true,
    force: true,
  });
  for (const file of files) {
    const path = join(inputs.rootDir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
    process.stdout.write(
      `${file.path}\t${Buffer.byteLength(file.content)} bytes\n`,
    );
  }
}

main();
