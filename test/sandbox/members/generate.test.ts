import { createHash } from 'node:crypto';
import type { ExplanationOfBenefit } from 'fhir/r4';
import { toNdjson } from '../../../src/sandbox/members/cli';
import type { ProviderDirectory } from '../../../src/sandbox/members/directory';
import {
  DEFAULT_MEMBER_COUNT,
  DEFAULT_MEMBER_SEED,
  DEFAULT_TODAY,
  generateMembers,
  type GeneratedResource,
} from '../../../src/sandbox/members/generate';
import { loadDirectory } from './directory-fixture';

let directory: ProviderDirectory;
let members: GeneratedResource[];

beforeAll(async () => {
  directory = await loadDirectory();
  members = generateMembers({
    count: DEFAULT_MEMBER_COUNT,
    seed: DEFAULT_MEMBER_SEED,
    directory,
  });
});

function eobsOf(
  resources: readonly GeneratedResource[],
): ExplanationOfBenefit[] {
  return resources.filter(
    (r): r is ExplanationOfBenefit => r.resourceType === 'ExplanationOfBenefit',
  );
}

function eobsByPatient(): Map<string, ExplanationOfBenefit[]> {
  const byPatient = new Map<string, ExplanationOfBenefit[]>();
  for (const eob of eobsOf(members)) {
    const key = eob.patient.reference ?? '';
    byPatient.set(key, [...(byPatient.get(key) ?? []), eob]);
  }
  return byPatient;
}

function claimKind(eob: ExplanationOfBenefit): string {
  const type = eob.type.coding?.[0]?.code ?? '';
  return type === 'institutional'
    ? (eob.subType?.coding?.[0]?.code ?? '')
    : type;
}

function cents(value: number | undefined): number {
  return Math.round((value ?? 0) * 100);
}

describe('generateMembers', () => {
  it('gives identical bytes for the same seed', () => {
    const first = toNdjson(generateMembers({ count: 20, seed: 7, directory }));
    const second = toNdjson(generateMembers({ count: 20, seed: 7, directory }));
    expect(second).toBe(first);
    expect(createHash('sha256').update(first).digest('hex')).toBe(
      'f5ec33d25cb30a8a43c981e3f4e91442f7160adb40b98fcef17ecb2547c6e361',
    );
  });

  it('gives different output for another seed', () => {
    const first = toNdjson(generateMembers({ count: 20, seed: 7, directory }));
    const other = toNdjson(generateMembers({ count: 20, seed: 8, directory }));
    expect(other).not.toBe(first);
  });

  it('gives member N the same resources whatever the count', () => {
    const five = generateMembers({
      count: 5,
      seed: DEFAULT_MEMBER_SEED,
      directory,
    });
    expect(toNdjson(five)).toBe(toNdjson(members.slice(0, five.length)));
  });

  it('depends on the reference day, not the clock', () => {
    const earlier = generateMembers({
      count: 3,
      seed: 7,
      directory,
      today: '2025-06-30',
    });
    const dates = eobsOf(earlier).map((eob) => eob.created ?? '');
    expect(dates.every((date) => date <= '2025-06-30T23:59:59Z')).toBe(true);
  });

  it('pins the default counts', () => {
    const counts: Record<string, number> = {};
    for (const resource of members) {
      counts[resource.resourceType] = (counts[resource.resourceType] ?? 0) + 1;
    }
    expect(counts).toEqual({
      Patient: 200,
      Coverage: 335,
      ExplanationOfBenefit: 5231,
    });
    const kinds: Record<string, number> = {};
    for (const eob of eobsOf(members)) {
      kinds[claimKind(eob)] = (kinds[claimKind(eob)] ?? 0) + 1;
    }
    expect(kinds).toEqual({
      inpatient: 424,
      outpatient: 621,
      professional: 1899,
      pharmacy: 1667,
      oral: 620,
    });
  });

  it('gives every member 10 to 40 claims of all five types', () => {
    const byPatient = eobsByPatient();
    expect(byPatient.size).toBe(200);
    const sizes = [...byPatient.values()].map((eobs) => eobs.length);
    expect(Math.min(...sizes)).toBe(10);
    expect(Math.max(...sizes)).toBe(40);
    for (const [patient, eobs] of byPatient) {
      const kinds = new Set(eobs.map(claimKind));
      expect([patient, [...kinds].sort()]).toEqual([
        patient,
        ['inpatient', 'oral', 'outpatient', 'pharmacy', 'professional'],
      ]);
    }
  });

  it('numbers ids readably and in date order', () => {
    const patients = members
      .filter((r) => r.resourceType === 'Patient')
      .map((r) => r.id);
    expect(patients[0]).toBe('member-0001');
    expect(patients[199]).toBe('member-0200');
    for (const [patient, eobs] of eobsByPatient()) {
      const prefix = `${patient.replace('Patient/', '')}-eob-`;
      const expectedIds = eobs.map(
        (_, index) => `${prefix}${String(index + 1).padStart(3, '0')}`,
      );
      expect(eobs.map((eob) => eob.id)).toEqual(expectedIds);
      const starts = eobs.map((eob) => eob.billablePeriod?.start ?? '');
      expect(starts).toEqual([...starts].sort());
    }
    const coverageIds = members
      .filter((r) => r.resourceType === 'Coverage')
      .map((r) => r.id ?? '');
    expect(coverageIds.every((id) => /^member-\d{4}-cov-[12]$/.test(id))).toBe(
      true,
    );
  });

  it('gives every claim a unique claim number', () => {
    const numbers = eobsOf(members).map((eob) => eob.identifier?.[0]?.value);
    expect(new Set(numbers).size).toBe(5231);
  });

  it('dates claims in the three years before today', () => {
    for (const eob of eobsOf(members)) {
      const start = eob.billablePeriod?.start ?? '';
      const paid = eob.payment?.date ?? '';
      expect([
        eob.id,
        start >= '2023-12-01',
        paid <= DEFAULT_TODAY,
        eob.created <= `${DEFAULT_TODAY}T23:59:59Z`,
      ]).toEqual([eob.id, true, true, true]);
    }
  });

  it('makes totals and payment the sums of the items', () => {
    for (const eob of eobsOf(members)) {
      const sums = new Map<string, number>();
      for (const adjudication of (eob.item ?? []).flatMap(
        (item) => item.adjudication ?? [],
      )) {
        const code = adjudication.category.coding?.[0]?.code ?? '';
        if (adjudication.amount)
          sums.set(
            code,
            (sums.get(code) ?? 0) + cents(adjudication.amount.value),
          );
      }
      const totals = new Map(
        (eob.total ?? []).map((t) => [
          t.category.coding?.[0]?.code ?? '',
          cents(t.amount.value),
        ]),
      );
      expect([eob.id, totals]).toEqual([eob.id, sums]);
      const paid =
        (totals.get('paidtoprovider') ?? 0) +
        (totals.get('paidtopatient') ?? 0);
      expect([eob.id, cents(eob.payment?.amount?.value)]).toEqual([
        eob.id,
        paid,
      ]);
    }
  });

  it('balances the adjudicated amounts of every claim', () => {
    for (const eob of eobsOf(members)) {
      const total = (code: string) =>
        cents(
          eob.total?.find((t) => t.category.coding?.[0]?.code === code)?.amount
            .value,
        );
      const memberShare =
        total('noncovered') +
        total('deductible') +
        total('copay') +
        total('coinsurance');
      const inNetwork = eob.payee?.type?.coding?.[0]?.code === 'provider';
      // In network the provider writes off the discount; out of network the
      // member owes the part of the charge the payer does not allow.
      const balanceBilled = inNetwork
        ? 0
        : total('submitted') - total('noncovered') - total('eligible');
      expect([eob.id, total('submitted')]).toEqual([
        eob.id,
        total('eligible') +
          total('discount') +
          total('noncovered') +
          balanceBilled,
      ]);
      expect([eob.id, total('benefit')]).toEqual([
        eob.id,
        total('eligible') -
          total('deductible') -
          total('copay') -
          total('coinsurance'),
      ]);
      expect([eob.id, total('memberliability')]).toEqual([
        eob.id,
        memberShare + balanceBilled,
      ]);
    }
  });

  it('uses a payer reference style on every seventh claim', () => {
    const styles = new Map<string, number>();
    for (const eob of eobsOf(members)) {
      const contained = eob.contained !== undefined;
      const versioned =
        eob.careTeam?.[0]?.provider.reference?.includes('/_history/') ?? false;
      const displayOnly = eob.insurer.reference === undefined;
      const found = [
        contained && 'contained',
        versioned && 'versioned',
        displayOnly && 'display-only',
      ].filter(Boolean);
      const number = Number(eob.id?.slice(-3));
      const expected =
        number % 7 !== 0
          ? []
          : [['contained', 'versioned', 'display-only'][(number / 7 - 1) % 3]];
      expect([eob.id, found]).toEqual([eob.id, expected]);
      const style = String(found[0] ?? 'plain');
      styles.set(style, (styles.get(style) ?? 0) + 1);
    }
    expect(Object.fromEntries(styles)).toEqual({
      contained: 284,
      versioned: 231,
      'display-only': 144,
      plain: 4572,
    });
  });

  it('rejects invalid options', () => {
    expect(() => generateMembers({ count: 0, seed: 1, directory })).toThrow(
      'count must be an integer from 1 to 99999, got 0',
    );
    expect(() => generateMembers({ count: 1, seed: -1, directory })).toThrow(
      'seed must be an integer from 0 to 4294967295, got -1',
    );
    expect(() =>
      generateMembers({ count: 1, seed: 1, directory, today: '2026-13-01' }),
    ).toThrow('today must be a date as YYYY-MM-DD, got "2026-13-01"');
  });
});
