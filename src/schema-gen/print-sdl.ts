import {
  Kind,
  print,
  type ConstDirectiveNode,
  type DefinitionNode,
  type FieldDefinitionNode,
  type InputValueDefinitionNode,
  type NamedTypeNode,
  type StringValueNode,
  type TypeNode,
} from 'graphql';
import type {
  ArgModel,
  DirectiveUse,
  FieldModel,
  TypeModel,
  TypeRef,
} from './model';

/** Prints types as SDL, in the order given, with descriptions as block strings. */
export function printTypes(types: readonly TypeModel[]): string {
  const definitions = types.map(typeDefinition);
  return print({ kind: Kind.DOCUMENT, definitions });
}

function typeDefinition(type: TypeModel): DefinitionNode {
  const common = {
    name: name(type.name),
    description: description(type.description),
    directives: type.directives?.map(directive),
  };
  switch (type.kind) {
    case 'scalar':
      return { kind: Kind.SCALAR_TYPE_DEFINITION, ...common };
    case 'enum':
      return {
        kind: Kind.ENUM_TYPE_DEFINITION,
        ...common,
        values: type.values.map((value) => ({
          kind: Kind.ENUM_VALUE_DEFINITION,
          name: name(value.name),
          description: description(value.description),
        })),
      };
    case 'union':
      return {
        kind: Kind.UNION_TYPE_DEFINITION,
        ...common,
        types: type.members.map(namedType),
      };
    case 'object':
    case 'interface':
      return {
        kind:
          type.kind === 'object'
            ? Kind.OBJECT_TYPE_DEFINITION
            : Kind.INTERFACE_TYPE_DEFINITION,
        ...common,
        interfaces: type.interfaces?.map(namedType),
        fields: type.fields.map(field),
      };
  }
}

function field(model: FieldModel): FieldDefinitionNode {
  return {
    kind: Kind.FIELD_DEFINITION,
    name: name(model.name),
    description: description(model.description),
    arguments: model.args?.map(argument),
    type: typeNode(model.type),
    directives: model.directives?.map(directive),
  };
}

function argument(model: ArgModel): InputValueDefinitionNode {
  return {
    kind: Kind.INPUT_VALUE_DEFINITION,
    name: name(model.name),
    description: description(model.description),
    type: typeNode(model.type),
  };
}

function typeNode(ref: TypeRef): TypeNode {
  const named = namedType(ref.name);
  const inner: TypeNode = ref.list
    ? { kind: Kind.LIST_TYPE, type: named }
    : named;
  return ref.nonNull ? { kind: Kind.NON_NULL_TYPE, type: inner } : inner;
}

function directive(use: DirectiveUse): ConstDirectiveNode {
  return {
    kind: Kind.DIRECTIVE,
    name: name(use.name),
    arguments: Object.entries(use.args ?? {}).map(([key, value]) => ({
      kind: Kind.ARGUMENT,
      name: name(key),
      value: { kind: Kind.STRING, value },
    })),
  };
}

function namedType(value: string): NamedTypeNode {
  return { kind: Kind.NAMED_TYPE, name: name(value) };
}

function name(value: string) {
  return { kind: Kind.NAME, value } as const;
}

function description(text: string | undefined): StringValueNode | undefined {
  if (text === undefined || text === '') return undefined;
  return { kind: Kind.STRING, value: text, block: true };
}
