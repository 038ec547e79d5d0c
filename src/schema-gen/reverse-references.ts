import type { SchemaContext } from './context';
import type { CompositeTypeModel, FieldModel } from './model';
import { listField } from './query-fields';
import type { SearchArgument } from './search-parameters';
import { compare } from './type-registry';

/**
 * Adds the reverse reference fields of the FHIR GraphQL page: on each
 * resource type, one `<Source>List(_reference: ...)` field per resource type
 * whose reference search parameters can point at it, such as
 * `Patient.ExplanationOfBenefitList(_reference: "patient")`.
 */
export function addReverseReferenceFields(
  context: SchemaContext,
  searchArguments: ReadonlyMap<string, SearchArgument[]>,
): void {
  for (const target of [...searchArguments.keys()]) {
    const type = context.registry.get(target) as CompositeTypeModel;
    for (const [source, search] of searchArguments) {
      const codes = referencingCodes(search, target);
      if (codes.length > 0) {
        type.fields.push(reverseListField(source, search, target, codes));
      }
    }
  }
}

function referencingCodes(
  search: readonly SearchArgument[],
  target: string,
): string[] {
  return search
    .filter((arg) => arg.type === 'reference' && arg.targets.includes(target))
    .map((arg) => arg.code)
    .sort(compare);
}

function reverseListField(
  source: string,
  search: readonly SearchArgument[],
  target: string,
  codes: readonly string[],
): FieldModel {
  const reference = {
    name: '_reference',
    type: { name: 'String', list: false, nonNull: true },
    description: `The ${source} search parameter that must point at this ${target}: ${codes.map((c) => `\`${c}\``).join(', ')}.`,
  };
  const field = listField(source, search, [reference]);
  field.description = `${source} resources that refer to this ${target}, found by a search on the parameter named in \`_reference\`.`;
  return field;
}
