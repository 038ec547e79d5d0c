/**
 * The schema as the generator builds it, before it is printed as SDL. Every
 * output field is nullable unless `nonNull` is set, because payer data often
 * leaves out elements that FHIR marks as required.
 */

/** A reference to a named type, optionally as a list of nullable items. */
export interface TypeRef {
  name: string;
  list: boolean;
  nonNull?: boolean;
}

/** An applied directive such as `@key(fields: "id")`, with string arguments. */
export interface DirectiveUse {
  name: string;
  args?: Readonly<Record<string, string>>;
}

/** A field argument. */
export interface ArgModel {
  name: string;
  type: TypeRef;
  description?: string;
}

/** An output field. */
export interface FieldModel {
  name: string;
  type: TypeRef;
  description?: string;
  args?: ArgModel[];
  directives?: DirectiveUse[];
}

/** The generated SDL file a type is written to. */
export type OutputFile =
  | { kind: 'resource'; resourceType: string }
  | { kind: 'datatypes' }
  | { kind: 'references' }
  | { kind: 'extensions' }
  | { kind: 'scalars' }
  | { kind: 'query' };

interface NamedModel {
  name: string;
  description?: string;
  directives?: DirectiveUse[];
  file: OutputFile;
}

/** An object type or an interface. */
export interface CompositeTypeModel extends NamedModel {
  kind: 'object' | 'interface';
  fields: FieldModel[];
  interfaces?: string[];
}

/** A union of object types. */
export interface UnionTypeModel extends NamedModel {
  kind: 'union';
  members: string[];
}

/** A custom scalar. */
export interface ScalarTypeModel extends NamedModel {
  kind: 'scalar';
}

/** An enum whose values are GraphQL names. */
export interface EnumTypeModel extends NamedModel {
  kind: 'enum';
  values: Array<{ name: string; description?: string }>;
}

export type TypeModel =
  CompositeTypeModel | UnionTypeModel | ScalarTypeModel | EnumTypeModel;
