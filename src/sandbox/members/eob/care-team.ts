import type {
  ExplanationOfBenefitCareTeam,
  Practitioner,
  Reference,
} from 'fhir/r4';
import { C4BB_CARE_TEAM_ROLE, NPI, NUCC } from '../codes/systems';
import type { DirectoryClinician } from '../directory';
import type { CareTeamDraft, ReferenceStyle } from './claim-draft';

const ROLE_DISPLAY: Record<CareTeamDraft['role'], string> = {
  attending: 'Attending',
  operating: 'Operating',
  referring: 'Referring',
  rendering: 'Rendering provider',
  prescribing: 'Prescribing provider',
};

/** The contained Practitioner id of the `contained` reference style. */
export const CONTAINED_PRACTITIONER_ID = 'care-team-1';

/** A care team and the Practitioners it needs contained in the EOB. */
export interface CareTeamResult {
  careTeam: ExplanationOfBenefitCareTeam[];
  contained: Practitioner[];
}

/**
 * Builds `ExplanationOfBenefit.careTeam`. The first member's reference
 * follows `style`: contained (a copy of the directory Practitioner inside
 * the EOB, referenced as `#id`), versioned (`Practitioner/x/_history/n`,
 * when the directory has the version), or plain `Practitioner/x`.
 */
export function buildCareTeam(
  members: readonly CareTeamDraft[],
  style: ReferenceStyle | undefined,
): CareTeamResult {
  const contained: Practitioner[] = [];
  const careTeam = members.map((member, index) => {
    const memberStyle = index === 0 ? style : undefined;
    if (memberStyle === 'contained') {
      contained.push(containedPractitioner(member.clinician));
    }
    return careTeamEntry(
      member,
      index + 1,
      practitionerReference(member.clinician, memberStyle),
    );
  });
  return { careTeam, contained };
}

function careTeamEntry(
  member: CareTeamDraft,
  sequence: number,
  provider: Reference,
): ExplanationOfBenefitCareTeam {
  const specialty = member.clinician.specialty;
  return {
    sequence,
    provider,
    role: {
      coding: [
        {
          system: C4BB_CARE_TEAM_ROLE,
          code: member.role,
          display: ROLE_DISPLAY[member.role],
        },
      ],
    },
    qualification: {
      coding: [
        { system: NUCC, code: specialty.code, display: specialty.display },
      ],
    },
  };
}

function practitionerReference(
  clinician: DirectoryClinician,
  style: ReferenceStyle | undefined,
): Reference {
  if (style === 'contained') {
    return {
      reference: `#${CONTAINED_PRACTITIONER_ID}`,
      display: clinician.display,
    };
  }
  const history =
    style === 'versioned' && clinician.versionId
      ? `/_history/${clinician.versionId}`
      : '';
  return {
    reference: `Practitioner/${clinician.practitionerId}${history}`,
    display: clinician.display,
  };
}

function containedPractitioner(clinician: DirectoryClinician): Practitioner {
  return {
    resourceType: 'Practitioner',
    id: CONTAINED_PRACTITIONER_ID,
    ...(clinician.npi
      ? { identifier: [{ system: NPI, value: clinician.npi }] }
      : {}),
    name: [clinician.name],
  };
}
