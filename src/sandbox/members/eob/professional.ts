import { PROFESSIONAL } from '../codes/medical-scenarios';
import type { ClaimContext, ClaimDraft } from './claim-draft';
import { costShare } from './cost-share';
import {
  carinProfile,
  claimType,
  diagnoses,
  organizationReference,
  PRINCIPAL,
  serviceItem,
  supportingInfo,
} from './elements';

/**
 * Builds a professional claim (CARIN C4BB ExplanationOfBenefit Professional
 * NonClinician): a visit billed by the clinician's group practice, with the
 * clinician as rendering provider, sometimes a referring clinician, and CPT
 * or HCPCS lines at the scenario's place of service.
 */
export function professionalDraft(ctx: ClaimContext): ClaimDraft {
  const { rng, directory } = ctx;
  const scenario = rng.pick(PROFESSIONAL);
  const rendering = rng.pick(directory.clinicians);
  const careTeam: ClaimDraft['careTeam'] = [
    { clinician: rendering, role: 'rendering' },
  ];
  if (rng.chance(0.3)) {
    careTeam.push({
      clinician: rng.pick(directory.clinicians),
      role: 'referring',
    });
  }
  const group = organizationReference(rendering.organization);
  return {
    kind: 'professional',
    profile: carinProfile(
      'C4BB-ExplanationOfBenefit-Professional-NonClinician',
    ),
    type: claimType('professional', 'Professional'),
    provider: group,
    careTeam,
    supportingInfo: [
      supportingInfo('clmrecvddate', { timingDate: ctx.received }),
      supportingInfo('servicefacility', { valueReference: group }),
      supportingInfo('patientaccountnumber', {
        valueString: `PA${ctx.claimNumber.slice(-10)}`,
      }),
    ],
    diagnosis: diagnoses(scenario.diagnoses, PRINCIPAL),
    items: scenario.lines.map((line) =>
      serviceItem(
        rng,
        line,
        ctx.start,
        scenario.placeOfService
          ? { placeOfService: scenario.placeOfService }
          : {},
      ),
    ),
    costShare: costShare(rng, ctx.inNetwork, {
      copayDollars: 25,
      coinsuranceRate: 0,
      deductible: true,
    }),
    paidAtService: false,
  };
}
