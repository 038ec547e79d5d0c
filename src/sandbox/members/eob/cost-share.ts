import type { SeededRandom } from '../random';
import type { CostShare } from './finance';

/**
 * Returns the cost share of one claim. Where `terms.deductible` is set, a
 * quarter of the claims meet an open deductible of 100 to 1,500 dollars.
 * Out of network, the coinsurance rate doubles, to between 20 and 50 percent.
 */
export function costShare(
  rng: SeededRandom,
  inNetwork: boolean,
  terms: { copayDollars: number; coinsuranceRate: number; deductible: boolean },
): CostShare {
  const openDeductible = terms.deductible && rng.chance(0.25);
  return {
    inNetwork,
    copayCents: terms.copayDollars * 100,
    deductibleCents: openDeductible ? rng.int(100, 1500) * 100 : 0,
    coinsuranceRate: inNetwork
      ? terms.coinsuranceRate
      : Math.min(0.5, Math.max(0.2, terms.coinsuranceRate * 2)),
  };
}
