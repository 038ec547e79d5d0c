import type { CodeableConcept } from 'fhir/r4';
import {
  BRAND_GENERIC,
  COMPOUND_CODE,
  DAW_CODE,
  RX_ORIGIN,
} from '../codes/systems';
import type { DirectoryDrug } from '../directory';
import type { ClaimContext, ClaimDraft } from './claim-draft';
import { costShare } from './cost-share';
import {
  carinProfile,
  claimType,
  concept,
  organizationReference,
  supportingInfo,
} from './elements';

/**
 * Builds a pharmacy claim (CARIN C4BB ExplanationOfBenefit Pharmacy): one
 * fill of a formulary drug at a directory pharmacy, prescribed by a
 * directory clinician, with the NCPDP fields CARIN carries as supporting
 * information. The member pays their share at the counter.
 *
 * NOTE: CARIN codes `productOrService` of pharmacy claims in NDC, but the
 * reference formulary carries RxNorm codes only, so the item is coded in
 * RxNorm rather than with an invented NDC.
 */
export function pharmacyDraft(ctx: ClaimContext): ClaimDraft {
  const { rng, directory } = ctx;
  const drug = rng.pick(directory.drugs);
  const daysSupply = rng.chance(0.7) ? 30 : 90;
  const refillsAuthorized = rng.int(0, 5);
  const brand = isBrand(drug);
  return {
    kind: 'pharmacy',
    profile: carinProfile('C4BB-ExplanationOfBenefit-Pharmacy'),
    type: claimType('pharmacy', 'Pharmacy'),
    provider: organizationReference(rng.pick(directory.pharmacies)),
    careTeam: [
      { clinician: rng.pick(directory.clinicians), role: 'prescribing' },
    ],
    supportingInfo: [
      supportingInfo('clmrecvddate', { timingDate: ctx.received }),
      supportingInfo('dayssupply', { valueQuantity: { value: daysSupply } }),
      supportingInfo('refillnum', {
        valueQuantity: { value: rng.int(0, refillsAuthorized) },
      }),
      supportingInfo('refillsauthorized', {
        valueQuantity: { value: refillsAuthorized },
      }),
      supportingInfo('dawcode', { code: dispensedAsWritten(brand) }),
      supportingInfo('brandgenericindicator', { code: brandGeneric(brand) }),
      supportingInfo('rxorigincode', {
        code: concept(RX_ORIGIN, '3', 'Electronic'),
      }),
      supportingInfo('compoundcode', {
        code: concept(COMPOUND_CODE, '1', 'Not a Compound'),
      }),
    ],
    items: [
      {
        productOrService: { coding: [drug.rxnorm] },
        servicedDate: ctx.start,
        quantity: { value: daysSupply },
        chargeCents:
          (daysSupply / 30) *
          rng.int(brand ? 15000 : 1500, brand ? 60000 : 9000),
      },
    ],
    costShare: costShare(rng, true, {
      copayDollars: (brand ? 45 : 10) * (daysSupply / 30),
      coinsuranceRate: 0,
      deductible: false,
    }),
    paidAtService: true,
  };
}

// RxNorm marks branded drugs with the brand name in brackets, e.g.
// "acetaminophen 500 MG Oral Tablet [Tylenol]".
function isBrand(drug: DirectoryDrug): boolean {
  return drug.rxnorm.display?.includes('[') ?? false;
}

function brandGeneric(brand: boolean): CodeableConcept {
  return brand
    ? concept(BRAND_GENERIC, '1', 'Brand')
    : concept(BRAND_GENERIC, '2', 'Generic');
}

function dispensedAsWritten(brand: boolean): CodeableConcept {
  return brand
    ? concept(DAW_CODE, '1', 'Substitution Not Allowed by Prescriber')
    : concept(DAW_CODE, '0', 'No Product Selection Indicated');
}
