import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SearchParameter } from '@medplum/fhirtypes';

/** A correction to a vendored expression, applied only while it still reads `from`. */
interface ExpressionFix {
  readonly from: string;
  readonly to: string;
}

/**
 * Corrections to IG SearchParameter expressions, keyed by canonical URL. The
 * vendored files stay as HL7 published them.
 */
const EXPRESSION_FIXES: ReadonlyMap<string, ExpressionFix> = new Map([
  // Plan-Net 1.1.0 selects the extension itself, but a reference parameter
  // needs its valueReference, so without `.value` nothing ever matches.
  [
    'http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/organization-coverage-area',
    {
      from: "Organization.extension.where(url='http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/location-reference')",
      to: "Organization.extension.where(url='http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/location-reference').value",
    },
  ],
  [
    'http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/practitionerrole-network',
    {
      from: "PractitionerRole.extension.where(url='http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/network-reference')",
      to: "PractitionerRole.extension.where(url='http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/network-reference').value",
    },
  ],
  // @medplum/core 5.2.13 FHIRPath returns any choice value for one typed
  // name, so `item.servicedDate` also yields an item's servicedPeriod, and
  // an open-ended period then matches every later date. `ofType` selects by
  // type.
  [
    'http://hl7.org/fhir/us/carin-bb/SearchParameter/explanationofbenefit-service-start-date',
    {
      from: 'ExplanationOfBenefit.billablePeriod.start | ExplanationOfBenefit.item.servicedDate | ExplanationOfBenefit.item.servicedPeriod.start',
      to: 'ExplanationOfBenefit.billablePeriod.start | ExplanationOfBenefit.item.serviced.ofType(date) | ExplanationOfBenefit.item.serviced.ofType(Period).start',
    },
  ],
  // Medplum keeps only the union branches that start with the resource type,
  // so the bare `synonym` and `alias` branches would be dropped.
  [
    'http://hl7.org/fhir/us/davinci-drug-formulary/SearchParameter/MedicationKnowledge-drug-name',
    {
      from: 'MedicationKnowledge.code.coding.display | synonym',
      to: 'MedicationKnowledge.code.coding.display | MedicationKnowledge.synonym',
    },
  ],
  [
    'http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/insuranceplan-name',
    {
      from: 'name | alias',
      to: 'InsurancePlan.name | InsurancePlan.alias',
    },
  ],
]);

/**
 * Reads every `SearchParameter-*.json` under the IG folders of
 * `definitionsDir`, with the expression fixes applied. Folders and files are
 * read in name order. When two IGs define one code on one type, the one read
 * last replaces the other once both are indexed.
 *
 * @throws Error when a fixed expression no longer reads as expected, because
 *   the vendored definition changed and the fix needs checking.
 */
export function readIgSearchParameters(
  definitionsDir: string,
): SearchParameter[] {
  const parameters: SearchParameter[] = [];
  for (const file of listSearchParameterFiles(definitionsDir)) {
    const parameter = JSON.parse(readFileSync(file, 'utf8')) as SearchParameter;
    parameters.push(applyExpressionFix(parameter, file));
  }
  return parameters;
}

function listSearchParameterFiles(definitionsDir: string): string[] {
  const files: string[] = [];
  const folders = readdirSync(definitionsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const folder of folders) {
    const folderPath = path.join(definitionsDir, folder);
    const names = readdirSync(folderPath)
      .filter((name) => /^SearchParameter-.*\.json$/.test(name))
      .sort();
    files.push(...names.map((name) => path.join(folderPath, name)));
  }
  return files;
}

function applyExpressionFix(
  parameter: SearchParameter,
  file: string,
): SearchParameter {
  const fix = parameter.url ? EXPRESSION_FIXES.get(parameter.url) : undefined;
  if (!fix) {
    return parameter;
  }
  if (parameter.expression !== fix.from) {
    throw new Error(
      `SearchParameter ${parameter.url} in ${file} has expression ${JSON.stringify(parameter.expression)}, expected ${JSON.stringify(fix.from)} before the sandbox fix; check whether the fix still applies`,
    );
  }
  return { ...parameter, expression: fix.to };
}
