import type {
  CodeableConcept,
  DomainResource,
  Element,
  Identifier,
} from 'fhir/r4';

/**
 * A FHIR R5 FormularyItem written with R4 datatypes, which is what the
 * GraphQL `FormularyItem` type is resolved from. R4 has no FormularyItem, so
 * @types/fhir's R4 module has no type for it. The US Drug Formulary
 * attributes (tier, prior authorization and the rest) stay in `extension`,
 * where the typed fields read them.
 */
export interface FormularyItem extends DomainResource {
  readonly resourceType: 'FormularyItem';
  identifier?: Identifier[];
  code?: CodeableConcept;
  /** R5 binding: `active`, `entered-in-error` or `inactive`. */
  status?: string;
  _status?: Element;
}
