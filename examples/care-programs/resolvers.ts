import {
  CARE_PROGRAMS,
  ENROLLMENTS,
  findProgram,
  type CareProgramRecord,
  type EnrollmentRecord,
} from './data';

/** A reference to an entity of another subgraph: its type and key. */
interface EntityReference {
  readonly __typename: string;
  readonly id: string;
}

function reference(typeName: string, id: string): EntityReference {
  return { __typename: typeName, id };
}

function enrollmentsOf(programId: string): EnrollmentRecord[] {
  return ENROLLMENTS.filter((record) => record.programId === programId);
}

/**
 * Resolvers of the example subgraph. Fields that lead into the FHIR
 * subgraph return entity references (`__typename` and `id`), which the
 * gateway resolves there through `_entities`.
 */
export const careProgramResolvers = {
  Query: {
    carePrograms: (): readonly CareProgramRecord[] => CARE_PROGRAMS,
    careProgram: (_source: unknown, args: { id: string }) =>
      findProgram(args.id) ?? null,
  },
  CareProgram: {
    __resolveReference: (representation: { id: string }) =>
      findProgram(representation.id) ?? null,
    leads: (program: CareProgramRecord): EntityReference[] =>
      program.leadIds.map((id) => reference('Practitioner', id)),
    enrollments: (program: CareProgramRecord): EnrollmentRecord[] =>
      enrollmentsOf(program.id),
  },
  CareProgramEnrollment: {
    program: (record: EnrollmentRecord) => findProgram(record.programId),
    patient: (record: EnrollmentRecord) =>
      reference('Patient', record.patientId),
    coverage: (record: EnrollmentRecord) =>
      reference('Coverage', record.coverageId),
    qualifyingClaim: (record: EnrollmentRecord) =>
      reference('ExplanationOfBenefit', record.qualifyingClaimId),
  },
  // Patient and Practitioner have no __resolveReference: @apollo/subgraph
  // then passes the representation on as the entity, and its id is all
  // these fields need.
  Patient: {
    carePrograms: (patient: EntityReference): EnrollmentRecord[] =>
      ENROLLMENTS.filter((record) => record.patientId === patient.id).sort(
        (left, right) => left.start.localeCompare(right.start),
      ),
  },
  Practitioner: {
    ledCarePrograms: (practitioner: EntityReference): CareProgramRecord[] =>
      CARE_PROGRAMS.filter((record) =>
        record.leadIds.includes(practitioner.id),
      ),
  },
};
