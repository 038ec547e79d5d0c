import type { Coding } from 'fhir/r4';
import { ICD10_CM, ICD10_PCS } from './systems';

// ICD-10-CM and ICD-10-PCS are published by CMS and NCHS in the public
// domain; the displays are their titles.
const DIAGNOSES = {
  'E11.9': 'Type 2 diabetes mellitus without complications',
  I10: 'Essential (primary) hypertension',
  'E78.5': 'Hyperlipidemia, unspecified',
  'J06.9': 'Acute upper respiratory infection, unspecified',
  'M54.50': 'Low back pain, unspecified',
  'F41.1': 'Generalized anxiety disorder',
  'J45.909': 'Unspecified asthma, uncomplicated',
  'Z00.00':
    'Encounter for general adult medical examination without abnormal findings',
  Z23: 'Encounter for immunization',
  'M17.11': 'Unilateral primary osteoarthritis, right knee',
  'R07.9': 'Chest pain, unspecified',
  'I21.4': 'Non-ST elevation (NSTEMI) myocardial infarction',
  'J18.9': 'Pneumonia, unspecified organism',
  'K35.80': 'Unspecified acute appendicitis',
  'I50.9': 'Heart failure, unspecified',
  'S93.401A':
    'Sprain of unspecified ligament of right ankle, initial encounter',
  'Z01.20':
    'Encounter for dental examination and cleaning without abnormal findings',
  'K02.52': 'Dental caries on pit and fissure surface penetrating into dentin',
  'K05.10': 'Chronic gingivitis, plaque induced',
  'K08.89': 'Other specified disorders of teeth and supporting structures',
} as const;

const PROCEDURES = {
  '0DTJ4ZZ': 'Resection of Appendix, Percutaneous Endoscopic Approach',
  '0SRC0J9':
    'Replacement of Right Knee Joint with Synthetic Substitute, Cemented, Open Approach',
  '4A023N7':
    'Measurement of Cardiac Sampling and Pressure, Left Heart, Percutaneous Approach',
  B211YZZ: 'Fluoroscopy of Multiple Coronary Arteries using Other Contrast',
} as const;

export type DiagnosisCode = keyof typeof DIAGNOSES;
export type ProcedureCode = keyof typeof PROCEDURES;

/** Returns the ICD-10-CM coding of a diagnosis. */
export function diagnosisCoding(code: DiagnosisCode): Coding {
  return { system: ICD10_CM, code, display: DIAGNOSES[code] };
}

/** Returns the ICD-10-PCS coding of an inpatient procedure. */
export function procedureCoding(code: ProcedureCode): Coding {
  return { system: ICD10_PCS, code, display: PROCEDURES[code] };
}
