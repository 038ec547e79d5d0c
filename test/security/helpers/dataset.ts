import type {
  Basic,
  Coverage,
  ExplanationOfBenefit,
  Organization,
  Resource,
} from 'fhir/r4';
import { isInCompartment, isPhiResourceType } from '../../../src/auth';
import { loadSandboxData } from '../../../src/sandbox/data/load';
import { DEFAULT_MEMBER_SEED } from '../../../src/sandbox/members/generate';
import { startSandbox } from '../../../src/sandbox/server';
import {
  TEST_MEMBER_COUNT,
  type DefaultSandbox,
} from '../../server/default-sandbox';

/** The member who attacks, and the member whose data must not leak. */
export const ATTACKER = 'member-0001';
export const VICTIM = 'member-0002';
/** A subscriber and the dependent on their coverage (one household). */
export const SUBSCRIBER = 'member-0003';
export const DEPENDENT = 'member-0004';

/**
 * Resources an attacker could plant or find: public resources and the
 * attacker's own claim that point at the victim, a coverage that names
 * the attacker only as a RelatedPerson, and a public resource that
 * contains a Patient.
 */
export const CRAFTED: ReadonlyArray<
  Basic | Coverage | ExplanationOfBenefit | Organization
> = [
  basic('probe-basic-victim', `Patient/${VICTIM}`),
  basic('probe-basic-absent', 'Patient/no-such-member'),
  {
    resourceType: 'ExplanationOfBenefit',
    id: 'probe-eob',
    status: 'active',
    type: { text: 'probe' },
    use: 'claim',
    patient: { reference: `Patient/${ATTACKER}` },
    created: '2024-01-01',
    insurer: { display: 'Probe insurer' },
    provider: { display: 'Probe provider' },
    outcome: 'complete',
    payee: {
      type: { text: 'probe' },
      party: { reference: `Patient/${VICTIM}` },
    },
    insurance: [
      { focal: true, coverage: { reference: `Coverage/${VICTIM}-cov-1` } },
      { focal: false, coverage: { reference: 'Coverage/no-such-coverage' } },
    ],
  },
  {
    resourceType: 'Coverage',
    id: 'probe-coverage',
    status: 'active',
    beneficiary: { reference: `Patient/${VICTIM}` },
    subscriber: { reference: `RelatedPerson/${ATTACKER}` },
    policyHolder: { reference: `RelatedPerson/${ATTACKER}` },
    payor: [{ display: 'Probe payor' }],
  },
  {
    resourceType: 'Organization',
    id: 'probe-organization',
    name: 'Probe organization',
    contained: [
      {
        resourceType: 'Patient',
        id: ATTACKER,
        name: [{ family: 'ContainedPatientSecret' }],
      },
    ],
  },
];

function basic(id: string, subject: string): Basic {
  return {
    resourceType: 'Basic',
    id,
    code: { text: 'probe' },
    subject: { reference: subject },
  };
}

/** Starts the sandbox with the test members and the crafted resources. */
export async function startSecuritySandbox(): Promise<DefaultSandbox> {
  const data = await loadSandboxData({
    members: { count: TEST_MEMBER_COUNT, seed: DEFAULT_MEMBER_SEED },
  });
  const resources = [...data.resources, ...CRAFTED];
  const sandbox = await startSandbox({ resources, port: 0 });
  return { sandbox, resources };
}

/**
 * Returns the strings of `victim`'s compartment that `reader` cannot
 * legitimately see. They are the string values of at least five characters
 * in the victim's resources that appear as a whole value nowhere in public
 * data, in the reader's own compartment or in the crafted resources.
 */
export function secretsOf(
  resources: readonly Resource[],
  victim: string,
  reader: string,
): string[] {
  const seen = new Set<string>();
  const secret = new Set<string>();
  for (const resource of resources) {
    const owned = inCompartmentOf(resource, victim);
    const visible =
      !isPhiResourceType(resource.resourceType) ||
      inCompartmentOf(resource, reader) ||
      (CRAFTED as readonly Resource[]).includes(resource);
    if (owned && !visible) {
      collectStrings(resource, secret);
    } else if (visible) {
      collectStrings(resource, seen);
    }
  }
  return [...secret].filter((value) => !seen.has(value)).sort();
}

function inCompartmentOf(resource: Resource, patient: string): boolean {
  return (
    isPhiResourceType(resource.resourceType) &&
    isInCompartment(resource, patient, (value) => {
      const reference = (value as { reference?: unknown } | undefined)
        ?.reference;
      return reference === `Patient/${patient}`;
    })
  );
}

function collectStrings(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') {
    if (value.length >= 5) into.add(value);
    return;
  }
  if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) collectStrings(item, into);
  }
}
