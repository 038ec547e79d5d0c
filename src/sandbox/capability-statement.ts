import type {
  CapabilityStatement,
  CapabilityStatementRestResource,
  ResourceType,
  SearchParameter,
} from '@medplum/fhirtypes';
import type { SearchCatalog } from './catalog';
import { MAX_PAGE_SIZE } from './paging';

/**
 * Builds the CapabilityStatement served at `GET [base]/metadata`: each
 * served type with its interactions, search parameters (R4 and IG ones) and
 * the `_include` and `_revinclude` values that work on it.
 */
export function buildCapabilityStatement(
  catalog: SearchCatalog,
  baseUrl: string,
): CapabilityStatement {
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: new Date().toISOString(),
    kind: 'instance',
    software: { name: 'fhir-payer-graph sandbox' },
    implementation: {
      description: `Read-only sandbox FHIR R4 server; pages hold at most ${MAX_PAGE_SIZE} matches`,
      url: baseUrl,
    },
    fhirVersion: '4.0.1',
    format: ['json'],
    rest: [
      {
        mode: 'server',
        interaction: [{ code: 'batch' }],
        resource: catalog.types.map((type) => describeType(catalog, type)),
      },
    ],
  };
}

function describeType(
  catalog: SearchCatalog,
  type: ResourceType,
): CapabilityStatementRestResource {
  const parameters = catalog.parametersOf(type);
  return {
    type,
    interaction: [
      { code: 'read' },
      { code: 'vread' },
      { code: 'history-instance' },
      { code: 'search-type' },
    ],
    versioning: 'versioned',
    readHistory: true,
    searchInclude: parameters
      .filter((parameter) => parameter.type === 'reference')
      .map((parameter) => `${type}:${parameter.code}`),
    searchRevInclude: revIncludesOf(catalog, type),
    searchParam: parameters.map((parameter) => ({
      name: parameter.code,
      definition: parameter.url ?? resourceParameterUrl(parameter.code),
      type: parameter.type,
    })),
  };
}

// A reference parameter with no target list may point to any type.
function revIncludesOf(catalog: SearchCatalog, target: ResourceType): string[] {
  const values: string[] = [];
  for (const source of catalog.types) {
    for (const parameter of catalog.parametersOf(source)) {
      if (pointsTo(parameter, target)) {
        values.push(`${source}:${parameter.code}`);
      }
    }
  }
  return values;
}

function pointsTo(parameter: SearchParameter, target: ResourceType): boolean {
  if (parameter.type !== 'reference') {
    return false;
  }
  const targets = parameter.target ?? [];
  return targets.length === 0 || targets.includes(target);
}

// Medplum defines `_id`, `_lastUpdated` and the other common parameters
// without a URL; FHIR R4 publishes them as Resource-id, Resource-lastUpdated...
function resourceParameterUrl(code: string): string {
  return `http://hl7.org/fhir/SearchParameter/Resource-${code.replace(/^_/, '')}`;
}
