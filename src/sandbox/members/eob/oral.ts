import { ORAL } from '../codes/oral-scenarios';
import { C4BB_SURFACE, TOOTH } from '../codes/systems';
import type { SeededRandom } from '../random';
import type { ClaimContext, ClaimDraft, ItemDraft } from './claim-draft';
import { costShare } from './cost-share';
import {
  carinProfile,
  claimType,
  concept,
  diagnoses,
  organizationReference,
  PRINCIPAL,
  serviceItem,
  supportingInfo,
} from './elements';

// Universal tooth numbers of premolars and molars, where one-surface
// posterior fillings go.
const POSTERIOR_TEETH = [
  2, 3, 4, 5, 12, 13, 14, 15, 18, 19, 20, 21, 28, 29, 30, 31,
];

/**
 * Builds an oral claim (CARIN C4BB ExplanationOfBenefit Oral): a dental
 * visit billed by the dentist's practice, with CDT lines and, for work on
 * one tooth, the tooth number and surface. Preventive visits are covered in
 * full; other work carries 20 percent coinsurance.
 */
export function oralDraft(ctx: ClaimContext): ClaimDraft {
  const { rng, directory } = ctx;
  const scenario = rng.pick(ORAL);
  const dentist = rng.pick(directory.dentists);
  const practice = organizationReference(dentist.organization);
  const preventive = scenario.diagnoses.includes('Z01.20');
  return {
    kind: 'oral',
    profile: carinProfile('C4BB-ExplanationOfBenefit-Oral'),
    type: claimType('oral', 'Oral'),
    provider: practice,
    careTeam: [{ clinician: dentist, role: 'rendering' }],
    supportingInfo: [
      supportingInfo('clmrecvddate', { timingDate: ctx.received }),
      supportingInfo('servicefacility', { valueReference: practice }),
      supportingInfo('patientaccountnumber', {
        valueString: `PA${ctx.claimNumber.slice(-10)}`,
      }),
    ],
    diagnosis: diagnoses(scenario.diagnoses, PRINCIPAL),
    items: scenario.lines.map((line) => {
      const item = serviceItem(rng, line, ctx.start, {
        placeOfService: scenario.placeOfService ?? '11',
      });
      return line.onTooth ? { ...item, ...toothSite(rng) } : item;
    }),
    costShare: costShare(rng, ctx.inNetwork, {
      copayDollars: 0,
      coinsuranceRate: preventive ? 0 : 0.2,
      deductible: !preventive,
    }),
    paidAtService: false,
  };
}

function toothSite(rng: SeededRandom): Pick<ItemDraft, 'bodySite' | 'subSite'> {
  const tooth = String(rng.pick(POSTERIOR_TEETH));
  return {
    bodySite: concept(TOOTH, tooth),
    subSite: [concept(C4BB_SURFACE, 'O', 'Occlusal')],
  };
}
