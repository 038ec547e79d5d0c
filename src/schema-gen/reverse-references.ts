import type { SchemaContext } from './context';
import type { CompositeTypeModel, EnumTypeModel, FieldModel } from './model';
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
        const parameters = referenceParameterEnum(source, target, codes, type);
        context.registry.add(parameters);
        type.fields.push(reverseListField(source, search, target, parameters));
      }
    }
  }
}

function referencingCodes(
  search: readonly SearchArgument[],
  target: string,
): SearchArgument[] {
  return search
    .filter((arg) => arg.type === 'reference' && arg.targets.includes(target))
    .sort((a, b) => compare(a.code, b.code));
}

/**
 * The values `_reference` may take on one reverse field. The FHIR GraphQL
 * page writes the parameter as a bare name (`_reference: patient`), which
 * GraphQL reads as an enum value, so an enum lets such queries run as they
 * are and lets GraphiQL offer only the parameters that can point here.
 */
function referenceParameterEnum(
  source: string,
  target: string,
  parameters: readonly SearchArgument[],
  targetType: CompositeTypeModel,
): EnumTypeModel {
  return {
    kind: 'enum',
    name: `${source}ReferenceTo${target}`,
    description: `${source} search parameters that can refer to a ${target}.`,
    values: parameters.map((parameter) => ({
      name: parameter.name,
      description: `FHIR search parameter \`${parameter.code}\`.`,
    })),
    file: targetType.file,
  };
}

function reverseListField(
  source: string,
  search: readonly SearchArgument[],
  target: string,
  parameters: EnumTypeModel,
): FieldModel {
  const reference = {
    name: '_reference',
    type: { name: parameters.name, list: false, nonNull: true },
    description: `The ${source} search parameter that must point at this ${target}.`,
  };
  const field = listField(source, search, [reference]);
  field.description = `${source} resources that refer to this ${target}, found by a search on the parameter named in \`_reference\`.`;
  return field;
}
