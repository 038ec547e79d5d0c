import { TYPED_EXTENSIONS } from './extensions.config';
import type { GeneratorInputs } from './generate';
import {
  BORROWED_SEARCH_PARAMETERS,
  CORE_BUNDLE_FILES,
  CORE_DEFINITIONS_DIR,
  OUTPUT,
  PACKAGE_DEFINITIONS_DIRS,
  RESOURCE_TYPES_IN_SCOPE,
} from './scope.config';

/** Returns the generator's inputs as configured in this folder. */
export function defaultGeneratorInputs(rootDir: string): GeneratorInputs {
  return {
    rootDir,
    sources: {
      coreDir: CORE_DEFINITIONS_DIR,
      coreBundleFiles: CORE_BUNDLE_FILES,
      packageDirs: PACKAGE_DEFINITIONS_DIRS,
    },
    resourceTypes: RESOURCE_TYPES_IN_SCOPE,
    borrowedSearchParameters: BORROWED_SEARCH_PARAMETERS,
    typedExtensions: TYPED_EXTENSIONS,
    phiPolicyFile: 'src/schema-gen/phi-policy.json',
    fhirTypesFile: 'node_modules/@types/fhir/r4.d.ts',
    output: OUTPUT,
  };
}
