import type {
  Coding,
  ExplanationOfBenefitDiagnosis,
  ExplanationOfBenefitItem,
  ExplanationOfBenefitProcedure,
  ExplanationOfBenefitSupportingInfo,
  Reference,
} from 'fhir/r4';
import type {
  DirectoryClinician,
  DirectoryOrganization,
  ProviderDirectory,
} from '../directory';
import type { SeededRandom } from '../random';
import type { CostShare } from './finance';

/** The five CARIN Blue Button claim types. */
export type ClaimKind =
  'inpatient' | 'outpatient' | 'professional' | 'pharmacy' | 'oral';

export const CLAIM_KINDS: readonly ClaimKind[] = [
  'inpatient',
  'outpatient',
  'professional',
  'pharmacy',
  'oral',
];

/**
 * The spelling of some references of a claim, as real payers send them: the first
 * care team member contained in the EOB (`#id`), the first care team member
 * as a versioned reference (`Practitioner/x/_history/1`), or an insurer
 * given by name only.
 */
export type ReferenceStyle = 'contained' | 'versioned' | 'display-only';

/** The member and claim data that every claim builder needs. */
export interface ClaimContext {
  rng: SeededRandom;
  directory: ProviderDirectory;
  eobId: string;
  claimNumber: string;
  patientId: string;
  subscriberPatientId: string;
  coverageId: string;
  payer: DirectoryOrganization;
  /** First and last day of service (the billable period). */
  start: string;
  end: string;
  /** Day the payer received the claim, adjudicated it and paid it. */
  received: string;
  created: string;
  paid: string;
  inNetwork: boolean;
  style: ReferenceStyle | undefined;
}

/** A care team member of a claim, with their CARIN care team role. */
export interface CareTeamDraft {
  clinician: DirectoryClinician;
  role: 'attending' | 'operating' | 'referring' | 'rendering' | 'prescribing';
}

/** A supporting information entry without its sequence number. */
export type SupportingInfoDraft = Omit<
  ExplanationOfBenefitSupportingInfo,
  'sequence'
>;

/** A line without sequence and adjudication, with its charge in cents. */
export interface ItemDraft extends Omit<
  ExplanationOfBenefitItem,
  'sequence' | 'adjudication'
> {
  chargeCents: number;
}

/** Everything that differs between claim types; `assembleEob` adds the rest. */
export interface ClaimDraft {
  kind: ClaimKind;
  profile: string;
  type: Coding;
  subType?: Coding;
  provider: Reference;
  careTeam: CareTeamDraft[];
  supportingInfo: SupportingInfoDraft[];
  diagnosis?: ExplanationOfBenefitDiagnosis[];
  procedure?: ExplanationOfBenefitProcedure[];
  items: ItemDraft[];
  costShare: CostShare;
  /** True where the member pays their whole share at the counter. */
  paidAtService: boolean;
}
