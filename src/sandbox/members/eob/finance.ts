import type {
  ExplanationOfBenefitItemAdjudication,
  ExplanationOfBenefitTotal,
} from 'fhir/r4';
import { ADJUDICATION, C4BB_ADJUDICATION } from '../codes/systems';
import type { SeededRandom } from '../random';

/** The member's cost share on one claim under their plan. */
export interface CostShare {
  inNetwork: boolean;
  /** Fixed amount on the first line, in cents. */
  copayCents: number;
  /** Deductible still open when the claim arrives, in cents. */
  deductibleCents: number;
  /** Member's share of the eligible amount after deductible and copay. */
  coinsuranceRate: number;
}

/** The party that receives the payer's benefit: the provider or the subscriber. */
export type PayeeKind = 'provider' | 'subscriber';

/** The adjudicated amounts of one line, in cents. */
export interface LineAmounts {
  submitted: number;
  eligible: number;
  discount: number;
  noncovered: number;
  deductible: number;
  copay: number;
  coinsurance: number;
  benefit: number;
  memberliability: number;
  paidbypatient: number;
  paid: number;
}

type AmountCategory = Exclude<keyof LineAmounts, 'paid'>;

// CARIN BB 2.0.0 adjudication categories: base FHIR codes where FHIR has
// one, C4BBAdjudication for the rest. Displays follow the IG examples.
const CATEGORIES: ReadonlyArray<[AmountCategory, string, string]> = [
  ['submitted', ADJUDICATION, 'Submitted Amount'],
  ['eligible', ADJUDICATION, 'Eligible Amount'],
  ['discount', C4BB_ADJUDICATION, 'Discount'],
  ['noncovered', C4BB_ADJUDICATION, 'Noncovered'],
  ['deductible', ADJUDICATION, 'Deductible'],
  ['copay', ADJUDICATION, 'CoPay'],
  ['coinsurance', C4BB_ADJUDICATION, 'Co-insurance'],
  ['benefit', ADJUDICATION, 'Benefit Amount'],
  ['memberliability', C4BB_ADJUDICATION, 'Member liability'],
  ['paidbypatient', C4BB_ADJUDICATION, 'Paid by patient'],
];

const PAID_CATEGORY: Record<PayeeKind, [string, string]> = {
  provider: ['paidtoprovider', 'Paid to provider'],
  subscriber: ['paidtopatient', 'Paid to patient'],
};

/**
 * Adjudicates the lines of one claim in order. The deductible is used up
 * line by line and the copay falls on the first line. Out of network, the
 * payer allows less and the member owes the rest of the charge (balance
 * billing). With `paidAtService`, the member pays their whole share at the
 * counter, as at a pharmacy. Otherwise they pay only the copay at the visit.
 */
export function adjudicateLines(
  rng: SeededRandom,
  chargesCents: readonly number[],
  share: CostShare,
  paidAtService: boolean,
): LineAmounts[] {
  let deductibleLeft = share.deductibleCents;
  return chargesCents.map((submitted, index) => {
    const line = adjudicateLine(
      rng,
      submitted,
      share,
      deductibleLeft,
      index === 0,
    );
    deductibleLeft -= line.deductible;
    line.paidbypatient = paidAtService ? line.memberliability : line.copay;
    return line;
  });
}

function adjudicateLine(
  rng: SeededRandom,
  submitted: number,
  share: CostShare,
  deductibleLeft: number,
  firstLine: boolean,
): LineAmounts {
  // About one line in thirty is not covered at all.
  const noncovered = rng.chance(1 / 30) ? submitted : 0;
  const allowedRate = share.inNetwork ? rng.int(45, 85) : rng.int(30, 50);
  const eligible = Math.round(((submitted - noncovered) * allowedRate) / 100);
  const deductible = Math.min(eligible, deductibleLeft);
  const copay = firstLine
    ? Math.min(eligible - deductible, share.copayCents)
    : 0;
  const coinsurance = Math.round(
    (eligible - deductible - copay) * share.coinsuranceRate,
  );
  const benefit = eligible - deductible - copay - coinsurance;
  const balanceBilled = share.inNetwork ? 0 : submitted - noncovered - eligible;
  return {
    submitted,
    eligible,
    discount: share.inNetwork ? submitted - noncovered - eligible : 0,
    noncovered,
    deductible,
    copay,
    coinsurance,
    benefit,
    memberliability:
      noncovered + deductible + copay + coinsurance + balanceBilled,
    paidbypatient: 0,
    paid: benefit,
  };
}

/** Returns the adjudication entries of one line, zero amounts included. */
export function lineAdjudication(
  amounts: LineAmounts,
  payee: PayeeKind,
): ExplanationOfBenefitItemAdjudication[] {
  return amountEntries(amounts, payee);
}

/** Returns `ExplanationOfBenefit.total`: each category summed over the lines. */
export function claimTotals(
  lines: readonly LineAmounts[],
  payee: PayeeKind,
): ExplanationOfBenefitTotal[] {
  return amountEntries(sumLines(lines), payee);
}

/** Returns the sum of the payer's payments over the lines, in cents. */
export function paidCents(lines: readonly LineAmounts[]): number {
  return lines.reduce((sum, line) => sum + line.paid, 0);
}

function sumLines(lines: readonly LineAmounts[]): LineAmounts {
  const sum = { ...lines[0] } as LineAmounts;
  for (const line of lines.slice(1)) {
    for (const key of Object.keys(sum) as (keyof LineAmounts)[]) {
      sum[key] += line[key];
    }
  }
  return sum;
}

function amountEntries(
  amounts: LineAmounts,
  payee: PayeeKind,
): ExplanationOfBenefitTotal[] {
  const entries = CATEGORIES.map(([code, system, display]) =>
    amountEntry(system, code, display, amounts[code]),
  );
  const [paidCode, paidDisplay] = PAID_CATEGORY[payee];
  entries.push(
    amountEntry(C4BB_ADJUDICATION, paidCode, paidDisplay, amounts.paid),
  );
  return entries;
}

function amountEntry(
  system: string,
  code: string,
  display: string,
  cents: number,
): ExplanationOfBenefitTotal {
  return {
    category: { coding: [{ system, code, display }] },
    amount: { value: cents / 100, currency: 'USD' },
  };
}
