import type { DiagnosisCode, ProcedureCode } from './diagnoses';
import { CDT, CPT, HCPCS } from './systems';

/**
 * One billed line. The `text` is a plain description written for the
 * sandbox, not the descriptor of the code set (CPT and CDT descriptors are
 * copyrighted by the AMA and the ADA).
 */
export interface ServiceLine {
  /** CPT, HCPCS or CDT code; institutional room lines have none. */
  service?: { system: string; code: string };
  /** NUBC revenue code of institutional lines. */
  revenue?: string;
  text: string;
  /** Charge range in whole US dollars. */
  charge: readonly [number, number];
  /** Charged once per day of an inpatient stay. */
  perDay?: boolean;
  /** Dental lines done on one tooth, with a tooth number and surface. */
  onTooth?: boolean;
}

/** A visit: what was diagnosed and what was billed. */
export interface Scenario {
  diagnoses: readonly DiagnosisCode[];
  lines: readonly ServiceLine[];
  /** CMS place of service code of professional and oral lines. */
  placeOfService?: PlaceOfService;
}

/** An inpatient stay, with its ICD-10-PCS procedures and admission type. */
export interface InpatientScenario extends Scenario {
  procedures: readonly ProcedureCode[];
  stayDays: readonly [number, number];
  /** NUBC priority (type) of admission: 1 emergency, 2 urgent, 3 elective. */
  admissionType: '1' | '2' | '3';
}

/** CMS place of service codes (public domain) used by the scenarios. */
export const PLACES_OF_SERVICE = {
  '10': "Telehealth Provided in Patient's Home",
  '11': 'Office',
  '21': 'Inpatient Hospital',
  '22': 'On Campus-Outpatient Hospital',
  '23': 'Emergency Room - Hospital',
} as const;
export type PlaceOfService = keyof typeof PLACES_OF_SERVICE;

type Charge = readonly [number, number];

/** Returns a professional or outpatient line coded in CPT. */
export function cpt(code: string, text: string, charge: Charge): ServiceLine {
  return { service: { system: CPT, code }, text, charge };
}

/** Returns a line coded in HCPCS Level II. */
export function hcpcs(code: string, text: string, charge: Charge): ServiceLine {
  return { service: { system: HCPCS, code }, text, charge };
}

/** Returns a dental line coded in CDT. */
export function cdt(
  code: string,
  text: string,
  charge: Charge,
  onTooth = false,
): ServiceLine {
  return {
    service: { system: CDT, code },
    text,
    charge,
    ...(onTooth ? { onTooth } : {}),
  };
}

/** Returns an institutional line: a NUBC revenue code, with a CPT or HCPCS code or none. */
export function revenue(code: string, line: ServiceLine): ServiceLine {
  return { ...line, revenue: code };
}
