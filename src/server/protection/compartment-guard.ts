import type { Resource } from 'fhir/r4';
import {
  checkPhiCredentials,
  compartmentRule,
  isInCompartment,
  isPhiResourceType,
  pinValue,
  type CompartmentNarrowing,
  type CompartmentRule,
  type PhiAccessSettings,
  type Principal,
} from '../../auth';
import { ServiceError } from '../../errors';
import type {
  FhirClient,
  FhirSession,
  NarrowedSearch,
  SearchParams,
  SessionGuard,
} from '../../fhir';

type Pairs = ReadonlyArray<readonly [string, string]>;

/**
 * The session guard of one request: it keeps every backend call inside the
 * caller's patient compartment. Public directory and formulary types pass
 * unchanged. A PHI type needs member credentials (see
 * `checkPhiCredentials`). Searches of it are narrowed to the member's
 * patient before they are sent. Every PHI resource that comes back is
 * checked against the compartment, so one outside it reads as not found.
 * Scopes are checked by the schema's `@phi` fields, which know the action.
 */
export class CompartmentGuard implements SessionGuard {
  /** Ids of the compartment's resources by type, looked up once per request. */
  private readonly knownIds = new Map<string, Promise<string[]>>();

  constructor(
    private readonly principal: Principal,
    private readonly settings: PhiAccessSettings,
    private readonly client: FhirClient,
  ) {}

  async narrowSearch(
    resourceType: string,
    params: SearchParams,
    session: FhirSession,
  ): Promise<NarrowedSearch> {
    if (!isPhiResourceType(resourceType)) {
      return { kind: 'search', params };
    }
    const patient = this.requirePatient(resourceType);
    const rule = compartmentRule(resourceType);
    if (rule === undefined) {
      return { kind: 'empty' };
    }
    const pairs: Pairs = [...params];
    if (isPinned(rule, pairs, patient)) {
      return { kind: 'search', params: pairs };
    }
    return this.narrow(resourceType, rule.narrowing, pairs, session);
  }

  checkRead(resourceType: string): void {
    if (isPhiResourceType(resourceType)) {
      this.requirePatient(resourceType);
    }
  }

  admits(resource: Resource): boolean {
    if (!isPhiResourceType(resource.resourceType)) {
      return true;
    }
    const patient = this.patient();
    return (
      patient !== undefined &&
      isInCompartment(resource, patient, (value) =>
        this.pointsAtPatient(value, patient),
      )
    );
  }

  /** Returns the member's patient id, or undefined without PHI access. */
  private patient(): string | undefined {
    const decision = checkPhiCredentials(this.principal, 'PHI', this.settings);
    return decision.kind === 'allowed' ? decision.grant.patient : undefined;
  }

  private requirePatient(resourceType: string): string {
    const decision = checkPhiCredentials(
      this.principal,
      resourceType,
      this.settings,
    );
    if (decision.kind === 'denied') {
      throw new ServiceError(decision.code, decision.message);
    }
    return decision.grant.patient;
  }

  private async narrow(
    resourceType: string,
    narrowing: CompartmentNarrowing,
    pairs: Pairs,
    session: FhirSession,
  ): Promise<NarrowedSearch> {
    const patient = this.requirePatient(resourceType);
    switch (narrowing.kind) {
      case 'parameter': {
        const pin = [narrowing.param, pinValue(narrowing.param, patient)];
        return { kind: 'search', params: [...pairs, pin] as Pairs };
      }
      case 'known-ids': {
        const ids = await this.idsOf(resourceType, narrowing.lookups, session);
        return ids.length === 0
          ? { kind: 'empty' }
          : { kind: 'search', params: [...pairs, ['_id', ids.join(',')]] };
      }
      default:
        return assertNever(narrowing);
    }
  }

  private idsOf(
    resourceType: string,
    lookups: readonly string[],
    session: FhirSession,
  ): Promise<string[]> {
    let ids = this.knownIds.get(resourceType);
    if (ids === undefined) {
      const patient = this.requirePatient(resourceType);
      ids = lookUpIds(session, resourceType, lookups, patient);
      this.knownIds.set(resourceType, ids);
    }
    return ids;
  }

  /** Returns true when `value` is a Reference to `Patient/<patient>`. */
  private pointsAtPatient(value: unknown, patient: string): boolean {
    const reference = (value as { reference?: unknown } | null | undefined)
      ?.reference;
    if (typeof reference !== 'string') {
      return false;
    }
    try {
      const target = this.client.classifyReference(reference);
      return (
        target.kind === 'local' &&
        target.resourceType === 'Patient' &&
        target.id === patient
      );
    } catch {
      // A reference to a type no backend serves points at no Patient here.
      return false;
    }
  }
}

/** Returns true when a parameter of `rule.pins` has the patient as its only value. */
function isPinned(
  rule: CompartmentRule,
  pairs: Pairs,
  patient: string,
): boolean {
  return pairs.some(
    ([name, value]) =>
      rule.pins.includes(name) && value === pinValue(name, patient),
  );
}

/**
 * Lists the ids of the patient's resources of `resourceType`, one pinned
 * search per lookup parameter. The searches are pinned, so the guard sends
 * them as they are.
 */
async function lookUpIds(
  session: FhirSession,
  resourceType: string,
  lookups: readonly string[],
  patient: string,
): Promise<string[]> {
  const results = await Promise.all(
    lookups.map((param) =>
      session.searchAll(resourceType, [[param, pinValue(param, patient)]]),
    ),
  );
  const ids = new Set<string>();
  for (const { entries } of results) {
    for (const { resource } of entries) {
      if (resource?.resourceType === resourceType && resource.id) {
        ids.add(resource.id);
      }
    }
  }
  return [...ids].sort();
}

function assertNever(value: never): never {
  throw new Error(`Unexpected compartment narrowing ${JSON.stringify(value)}`);
}
