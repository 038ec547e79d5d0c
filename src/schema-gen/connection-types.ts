import type { CompositeTypeModel, FieldModel } from './model';

/**
 * Builds the connection and edge types of the FHIR GraphQL page for one
 * resource type. They carry what a FHIR searchset Bundle has besides the
 * resources.
 */
export function buildConnectionTypes(
  resourceType: string,
): CompositeTypeModel[] {
  const file = { kind: 'resource', resourceType } as const;
  const connection: CompositeTypeModel = {
    kind: 'object',
    name: `${resourceType}Connection`,
    description: `One page of a ${resourceType} search.`,
    fields: [
      intField(
        'count',
        'Total number of matches, when the server reports it (`Bundle.total`).',
      ),
      intField('offset', 'Position of the first edge among all matches.'),
      intField('pagesize', 'Number of resources per page.'),
      cursorField('first'),
      cursorField('previous'),
      cursorField('next'),
      cursorField('last'),
      {
        name: 'edges',
        type: { name: `${resourceType}ConnectionEdge`, list: true },
        description: 'The resources of this page.',
      },
    ],
    file,
  };
  return [connection, edgeType(resourceType)];
}

function edgeType(resourceType: string): CompositeTypeModel {
  return {
    kind: 'object',
    name: `${resourceType}ConnectionEdge`,
    description: `One ${resourceType} of a search result page.`,
    fields: [
      {
        name: 'mode',
        type: { name: 'FhirCode', list: false },
        description:
          'Why the resource is in the result: `match`, `include` or `outcome` (`Bundle.entry.search.mode`).',
      },
      {
        name: 'score',
        type: { name: 'FhirDecimal', list: false },
        description:
          "The server's relevance score (`Bundle.entry.search.score`).",
      },
      {
        name: 'resource',
        type: { name: resourceType, list: false },
        description: `The matching ${resourceType}.`,
      },
    ],
    file: { kind: 'resource', resourceType },
  };
}

function intField(name: string, description: string): FieldModel {
  return { name, type: { name: 'Int', list: false }, description };
}

function cursorField(page: string): FieldModel {
  return {
    name: page,
    type: { name: 'String', list: false },
    description: `Cursor of the ${page} page; pass it as \`_cursor\`. Null when there is no such page.`,
  };
}
