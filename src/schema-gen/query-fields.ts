import type { ArgModel, CompositeTypeModel, FieldModel } from './model';
import type { SearchArgument } from './search-parameters';

/**
 * Builds the Query type with the search entry points of the FHIR GraphQL
 * page for each resource type: `Patient(id:)`, `PatientList(...)` and
 * `PatientConnection(...)`, with the type's search parameters as arguments.
 */
export function buildQueryType(
  searchArguments: ReadonlyMap<string, SearchArgument[]>,
): CompositeTypeModel {
  const fields = [...searchArguments].flatMap(([resourceType, search]) => [
    readField(resourceType),
    listField(resourceType, search),
    connectionField(resourceType, search),
  ]);
  return {
    kind: 'object',
    name: 'Query',
    description:
      'Reads and searches of FHIR resources, in the shapes of the FHIR GraphQL page (https://hl7.org/fhir/R4/graphql.html).',
    fields,
    file: { kind: 'query' },
  };
}

function readField(resourceType: string): FieldModel {
  return {
    name: resourceType,
    type: { name: resourceType, list: false },
    description: `Reads one ${resourceType} by id.`,
    args: [
      {
        name: 'id',
        type: { name: 'ID', list: false, nonNull: true },
        description: `The logical id of the ${resourceType}.`,
      },
    ],
  };
}

/** `PatientList`: a search returning one page of resources. */
export function listField(
  resourceType: string,
  search: readonly SearchArgument[],
  extraArgs: readonly ArgModel[] = [],
): FieldModel {
  return {
    name: `${resourceType}List`,
    type: { name: resourceType, list: true },
    description: `Searches ${resourceType} resources and returns one page of them.`,
    args: [
      ...extraArgs,
      ...search.map(searchArg),
      intArg('_count', 'Maximum number of resources to return.'),
      intArg('_offset', 'Number of matching resources to skip.'),
      sortArg(),
    ],
  };
}

function connectionField(
  resourceType: string,
  search: readonly SearchArgument[],
): FieldModel {
  return {
    name: `${resourceType}Connection`,
    type: { name: `${resourceType}Connection`, list: false },
    description: `Searches ${resourceType} resources and returns one page with the total count and cursors of the other pages.`,
    args: [
      ...search.map(searchArg),
      intArg('_count', 'Maximum number of resources in the page.'),
      {
        name: '_cursor',
        type: { name: 'String', list: false },
        description:
          'Cursor of the page to return, from `first`, `previous`, `next` or `last` of an earlier result.',
      },
      sortArg(),
    ],
  };
}

function searchArg(argument: SearchArgument): ArgModel {
  return {
    name: argument.name,
    type: { name: 'String', list: false },
    description: `FHIR search parameter \`${argument.code}\` (${argument.type}): ${argument.description}`,
  };
}

function intArg(name: string, description: string): ArgModel {
  return { name, type: { name: 'Int', list: false }, description };
}

function sortArg(): ArgModel {
  return {
    name: '_sort',
    type: { name: 'String', list: false },
    description:
      'Sort order as in FHIR search: search parameter codes separated by commas, each optionally prefixed by `-` for descending order.',
  };
}
