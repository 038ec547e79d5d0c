/**
 * In-memory data of the example subgraph. The ids of patients, coverages,
 * claims and practitioners are real ids of the sandbox FHIR data: the
 * generated members (`member-0001` and on, with coverages `-cov-1` and
 * claims `-eob-001`) and the Plan-Net directory practitioners.
 */

export type EnrollmentStatus = 'ACTIVE' | 'COMPLETED' | 'WITHDRAWN';

export interface CareProgramRecord {
  readonly id: string;
  readonly name: string;
  /** Ids of FHIR Practitioner resources. */
  readonly leadIds: readonly string[];
}

export interface EnrollmentRecord {
  readonly programId: string;
  /** Id of a FHIR Patient resource. */
  readonly patientId: string;
  readonly status: EnrollmentStatus;
  /** YYYY-MM-DD. */
  readonly start: string;
  /** Id of a FHIR Coverage resource. */
  readonly coverageId: string;
  /** Id of a FHIR ExplanationOfBenefit resource. */
  readonly qualifyingClaimId: string;
}

// Ten programs with five leads each: 50 different practitioners, so one
// query for every program's leads sends the FHIR subgraph 50 references.
export const CARE_PROGRAMS: readonly CareProgramRecord[] = [
  program('diabetes-prevention', 'Diabetes Prevention', [
    '1230081110',
    '1230081441',
    '1230081466',
    '1230082662',
    '1230082787',
  ]),
  program('heart-health', 'Heart Health', [
    '1230083298',
    '1230083421',
    '1230083660',
    '1230083892',
    '1230084320',
  ]),
  program('maternity-care', 'Maternity Care', [
    '1230084452',
    '1230084478',
    '1230084833',
    '1230085376',
    '1230085400',
  ]),
  program('asthma-control', 'Asthma Control', [
    '1230085491',
    '1230085558',
    '1230086713',
    '1230087430',
    '1230181876',
  ]),
  program('behavioral-health', 'Behavioral Health', [
    '1230182288',
    '1230182353',
    '1230182668',
    '1230182791',
    '1230183146',
  ]),
  program('smoking-cessation', 'Smoking Cessation', [
    '1230184375',
    '1230184854',
    '1230185018',
    '1230185331',
    '1230185570',
  ]),
  program('weight-management', 'Weight Management', [
    '1230186180',
    '1230186222',
    '1230186693',
    '1230186818',
    '1230187170',
  ]),
  program('kidney-care', 'Chronic Kidney Care', [
    '1230187212',
    '1230187485',
    '1230187634',
    '1230187964',
    '1230188376',
  ]),
  program('fall-prevention', 'Fall Prevention', [
    '1230188525',
    '1230282094',
    '1230282706',
    '1230283621',
    '1230283779',
  ]),
  program('medication-adherence', 'Medication Adherence', [
    '1230284637',
    '1230284702',
    '1230285097',
    '1230285204',
    '1230285279',
  ]),
];

export const ENROLLMENTS: readonly EnrollmentRecord[] = [
  enrollment('diabetes-prevention', 1, 'ACTIVE', '2025-02-03'),
  enrollment('heart-health', 1, 'COMPLETED', '2024-06-10'),
  enrollment('diabetes-prevention', 2, 'ACTIVE', '2025-03-17'),
  enrollment('maternity-care', 3, 'ACTIVE', '2025-01-06'),
  enrollment('diabetes-prevention', 4, 'WITHDRAWN', '2024-11-04'),
  enrollment('asthma-control', 5, 'ACTIVE', '2025-04-01'),
  enrollment('behavioral-health', 6, 'ACTIVE', '2025-05-12'),
  enrollment('smoking-cessation', 7, 'COMPLETED', '2024-09-09'),
];

/** Returns the program with `id`, or undefined. */
export function findProgram(id: string): CareProgramRecord | undefined {
  return CARE_PROGRAMS.find((record) => record.id === id);
}

// The Plan-Net directory's practitioner ids end in the practitioner's NPI.
function program(
  id: string,
  name: string,
  npis: readonly string[],
): CareProgramRecord {
  const leadIds = npis.map((npi) => `plannet-practitioner-${npi}`);
  return { id, name, leadIds };
}

function enrollment(
  programId: string,
  memberNumber: number,
  status: EnrollmentStatus,
  start: string,
): EnrollmentRecord {
  const patientId = `member-${String(memberNumber).padStart(4, '0')}`;
  return {
    programId,
    patientId,
    status,
    start,
    coverageId: `${patientId}-cov-1`,
    qualifyingClaimId: `${patientId}-eob-001`,
  };
}
