import type {
  ExplanationOfBenefit,
  ExplanationOfBenefitItemAdjudication,
  ExplanationOfBenefitItem,
  ExplanationOfBenefitPayee,
  Reference,
} from 'fhir/r4';
import {
  C4BB_ADJUDICATION_DISCRIMINATOR,
  C4BB_IDENTIFIER_TYPE,
  C4BB_PAYER_ADJUDICATION_STATUS,
  PAYEE_TYPE,
  PAYMENT_TYPE,
  SANDBOX_IDENTIFIER_BASE,
} from '../codes/systems';
import { toDateTime } from '../dates';
import { buildCareTeam } from './care-team';
import type { ClaimContext, ClaimDraft, ClaimKind } from './claim-draft';
import { concept } from './elements';
import {
  adjudicateLines,
  claimTotals,
  lineAdjudication,
  paidCents,
  type LineAmounts,
  type PayeeKind,
} from './finance';

/** System of the synthetic claim numbers (`ExplanationOfBenefit.identifier`). */
export const CLAIM_NUMBER_SYSTEM = `${SANDBOX_IDENTIFIER_BASE}/claim-number`;

// CARIN BB 2.0.0 puts the benefit payment status of these claim types on
// each line, and their rendering network status in the header.
const LINE_PAYMENT_STATUS: ReadonlySet<ClaimKind> = new Set([
  'professional',
  'oral',
]);

/**
 * Completes a claim type's draft into a CARIN BB ExplanationOfBenefit:
 * identifier, dates, insurer, payee, care team, sequenced supporting
 * information, adjudicated items, totals and payment.
 */
export function assembleEob(
  ctx: ClaimContext,
  draft: ClaimDraft,
): ExplanationOfBenefit {
  const payee: PayeeKind = ctx.inNetwork ? 'provider' : 'subscriber';
  const charges = draft.items.map((item) => item.chargeCents);
  const amounts = adjudicateLines(
    ctx.rng,
    charges,
    draft.costShare,
    draft.paidAtService,
  );
  const { careTeam, contained } = buildCareTeam(draft.careTeam, ctx.style);
  return {
    resourceType: 'ExplanationOfBenefit',
    id: ctx.eobId,
    meta: {
      versionId: '1',
      lastUpdated: toDateTime(ctx.created),
      profile: [draft.profile],
    },
    ...(contained.length > 0 ? { contained } : {}),
    identifier: [claimIdentifier(ctx.claimNumber)],
    status: 'active',
    type: { coding: [draft.type] },
    ...(draft.subType ? { subType: { coding: [draft.subType] } } : {}),
    use: 'claim',
    patient: { reference: `Patient/${ctx.patientId}` },
    billablePeriod: { start: ctx.start, end: ctx.end },
    created: toDateTime(ctx.created),
    insurer: insurerReference(ctx),
    provider: draft.provider,
    payee: payeeOf(ctx, draft.provider, payee),
    outcome: 'complete',
    careTeam,
    supportingInfo: draft.supportingInfo.map((info, index) => ({
      sequence: index + 1,
      ...info,
    })),
    ...(draft.diagnosis ? { diagnosis: draft.diagnosis } : {}),
    ...(draft.procedure?.length ? { procedure: draft.procedure } : {}),
    insurance: [
      { focal: true, coverage: { reference: `Coverage/${ctx.coverageId}` } },
    ],
    item: items(ctx, draft, amounts, payee),
    adjudication: headerAdjudication(ctx.inNetwork, draft.kind),
    total: claimTotals(amounts, payee),
    payment: {
      type: concept(PAYMENT_TYPE, 'complete', 'Complete'),
      date: ctx.paid,
      amount: { value: paidCents(amounts) / 100, currency: 'USD' },
    },
  };
}

function claimIdentifier(
  value: string,
): NonNullable<ExplanationOfBenefit['identifier']>[number] {
  return {
    type: concept(C4BB_IDENTIFIER_TYPE, 'uc', 'Unique Claim ID'),
    system: CLAIM_NUMBER_SYSTEM,
    value,
  };
}

function insurerReference(ctx: ClaimContext): Reference {
  if (ctx.style === 'display-only') {
    return { display: ctx.payer.name };
  }
  return { reference: `Organization/${ctx.payer.id}`, display: ctx.payer.name };
}

function payeeOf(
  ctx: ClaimContext,
  provider: Reference,
  payee: PayeeKind,
): ExplanationOfBenefitPayee {
  if (payee === 'provider') {
    return {
      type: concept(PAYEE_TYPE, 'provider', 'Provider'),
      party: provider,
    };
  }
  return {
    type: concept(PAYEE_TYPE, 'subscriber', 'Subscriber'),
    party: { reference: `Patient/${ctx.subscriberPatientId}` },
  };
}

function items(
  ctx: ClaimContext,
  draft: ClaimDraft,
  amounts: readonly LineAmounts[],
  payee: PayeeKind,
): ExplanationOfBenefitItem[] {
  return draft.items.map(({ chargeCents: _charge, ...item }, index) => {
    const lineAmounts = amounts[index];
    if (!lineAmounts) {
      throw new Error(
        `No adjudicated amounts for item ${index + 1} of ${ctx.eobId}`,
      );
    }
    const status = LINE_PAYMENT_STATUS.has(draft.kind)
      ? [networkStatus('benefitpaymentstatus', ctx.inNetwork)]
      : [];
    return {
      sequence: index + 1,
      ...(draft.careTeam.length > 0 ? { careTeamSequence: [1] } : {}),
      ...(draft.diagnosis ? { diagnosisSequence: [1] } : {}),
      ...item,
      adjudication: [...status, ...lineAdjudication(lineAmounts, payee)],
    };
  });
}

function headerAdjudication(
  inNetwork: boolean,
  kind: ClaimKind,
): ExplanationOfBenefitItemAdjudication[] {
  const entries = [networkStatus('billingnetworkstatus', inNetwork)];
  if (LINE_PAYMENT_STATUS.has(kind)) {
    entries.push(networkStatus('renderingnetworkstatus', inNetwork));
  } else {
    entries.push(networkStatus('benefitpaymentstatus', inNetwork));
  }
  return entries;
}

function networkStatus(
  category: string,
  inNetwork: boolean,
): ExplanationOfBenefitItemAdjudication {
  const status = inNetwork ? 'innetwork' : 'outofnetwork';
  return {
    category: concept(C4BB_ADJUDICATION_DISCRIMINATOR, category),
    reason: concept(C4BB_PAYER_ADJUDICATION_STATUS, status),
  };
}
