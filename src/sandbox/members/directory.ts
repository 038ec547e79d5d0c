import type {
  Coding,
  FhirResource,
  HumanName,
  InsurancePlan,
  Organization,
  Practitioner,
  PractitionerRole,
  Resource,
} from 'fhir/r4';
import { NPI, RXNORM } from './codes/systems';

/** An Organization of the provider directory. */
export interface DirectoryOrganization {
  id: string;
  name: string;
}

/** A Practitioner with the one PractitionerRole the directory gives them. */
export interface DirectoryClinician {
  practitionerId: string;
  /** `meta.versionId` of the Practitioner, when the data has one. */
  versionId?: string;
  name: HumanName;
  display: string;
  npi?: string;
  /** NUCC taxonomy of the role. */
  specialty: Coding;
  organization: DirectoryOrganization;
}

/** A commercial InsurancePlan with its payer and network. */
export interface DirectoryPlan {
  id: string;
  /** The plan identifier, e.g. the HIOS or HPID value. */
  planId: string;
  name: string;
  payer: DirectoryOrganization;
  networkName: string;
  /** USPS state of the network, where the plan's members live. */
  state: string;
}

/** A drug of the formulary, coded in RxNorm. */
export interface DirectoryDrug {
  medicationKnowledgeId: string;
  rxnorm: Coding;
}

/** The real providers, plans and drugs that generated claims point at. */
export interface ProviderDirectory {
  plans: DirectoryPlan[];
  hospitals: DirectoryOrganization[];
  outpatientFacilities: DirectoryOrganization[];
  pharmacies: DirectoryOrganization[];
  /** Prescribers and medical clinicians: no pharmacists, no dentists. */
  clinicians: DirectoryClinician[];
  dentists: DirectoryClinician[];
  drugs: DirectoryDrug[];
}

type ResourceOf<T extends FhirResource['resourceType']> = Extract<
  FhirResource,
  { resourceType: T }
>;

/**
 * Builds the directory from a Plan-Net provider directory (Organization,
 * Practitioner, PractitionerRole, HealthcareService, InsurancePlan) and a US
 * Drug Formulary (MedicationKnowledge). Every list is sorted by id, so the
 * result does not depend on file order; an empty list rejects.
 */
export function buildProviderDirectory(input: {
  planNet: readonly Resource[];
  formulary: readonly Resource[];
}): ProviderDirectory {
  const organizations = indexById(ofType(input.planNet, 'Organization'));
  const byCategory = (category: string) =>
    servicesProviders(input.planNet, organizations, category);
  const roles = roleClinicians(input.planNet, organizations);
  const directory: ProviderDirectory = {
    plans: commercialPlans(input.planNet, organizations),
    hospitals: byCategory('hosp'),
    outpatientFacilities: byCategory('outpat'),
    pharmacies: byCategory('pharm'),
    clinicians: roles.filter((role) => !isDental(role) && !isPharmacist(role)),
    dentists: roles.filter(isDental),
    drugs: formularyDrugs(input.formulary),
  };
  checkNotEmpty(directory);
  return directory;
}

function ofType<T extends FhirResource['resourceType']>(
  resources: readonly Resource[],
  type: T,
): ResourceOf<T>[] {
  // The loader checked resourceType, so the narrowing cast is safe enough
  // for reading; fields are still checked where they are used.
  return resources.filter((r) => r.resourceType === type) as ResourceOf<T>[];
}

function indexById<T extends { id?: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id ?? '', item]));
}

function byId<T extends { id: string }>(a: T, b: T): number {
  if (a.id === b.id) {
    return 0;
  }
  return a.id < b.id ? -1 : 1;
}

function toDirectoryOrganization(
  organizations: Map<string, Organization>,
  reference: string | undefined,
): DirectoryOrganization | undefined {
  const id = idOf(reference, 'Organization');
  const organization = organizations.get(id);
  return organization?.name ? { id, name: organization.name } : undefined;
}

function servicesProviders(
  resources: readonly Resource[],
  organizations: Map<string, Organization>,
  category: string,
): DirectoryOrganization[] {
  const found = new Map<string, DirectoryOrganization>();
  for (const service of ofType(resources, 'HealthcareService')) {
    const codes = service.category?.flatMap((c) => c.coding ?? []) ?? [];
    if (codes.some((coding) => coding.code === category)) {
      const provider = toDirectoryOrganization(
        organizations,
        service.providedBy?.reference,
      );
      if (provider) found.set(provider.id, provider);
    }
  }
  return [...found.values()].sort(byId);
}

function roleClinicians(
  resources: readonly Resource[],
  organizations: Map<string, Organization>,
): DirectoryClinician[] {
  const practitioners = indexById(ofType(resources, 'Practitioner'));
  const clinicians: DirectoryClinician[] = [];
  for (const role of ofType(resources, 'PractitionerRole')) {
    const clinician = toClinician(role, practitioners, organizations);
    if (clinician) clinicians.push(clinician);
  }
  return clinicians.sort((a, b) =>
    byId({ id: a.practitionerId }, { id: b.practitionerId }),
  );
}

// A role counts when its Practitioner, a name, a specialty and an
// Organization are all in the directory.
function toClinician(
  role: PractitionerRole,
  practitioners: Map<string, Practitioner>,
  organizations: Map<string, Organization>,
): DirectoryClinician | undefined {
  const practitionerId = idOf(role.practitioner?.reference, 'Practitioner');
  const practitioner = practitioners.get(practitionerId);
  const name = practitioner?.name?.[0];
  const specialty = role.specialty?.[0]?.coding?.[0];
  const organization = toDirectoryOrganization(
    organizations,
    role.organization?.reference,
  );
  if (!practitioner || !name || !specialty || !organization) {
    return undefined;
  }
  const npi = practitioner.identifier?.find((i) => i.system === NPI)?.value;
  const versionId = practitioner.meta?.versionId;
  return {
    practitionerId,
    ...(versionId ? { versionId } : {}),
    name,
    display: displayName(name),
    ...(npi ? { npi } : {}),
    specialty,
    organization,
  };
}

/** Returns the id of a relative reference to `type`, or '' for any other. */
function idOf(reference: string | undefined, type: string): string {
  const prefix = `${type}/`;
  return reference?.startsWith(prefix) ? reference.slice(prefix.length) : '';
}

function displayName(name: HumanName): string {
  return (
    name.text ?? [...(name.given ?? []), name.family ?? ''].join(' ').trim()
  );
}

function isDental(clinician: DirectoryClinician): boolean {
  // NUCC taxonomy group 122 is Dental Providers.
  return clinician.specialty.code?.startsWith('122') ?? false;
}

function isPharmacist(clinician: DirectoryClinician): boolean {
  // NUCC taxonomy group 183 is Pharmacy Service Providers.
  return clinician.specialty.code?.startsWith('183') ?? false;
}

function commercialPlans(
  resources: readonly Resource[],
  organizations: Map<string, Organization>,
): DirectoryPlan[] {
  const plans: DirectoryPlan[] = [];
  for (const plan of ofType(resources, 'InsurancePlan')) {
    const found = toPlan(plan, organizations);
    if (found) plans.push(found);
  }
  return plans.sort(byId);
}

// Medicare Advantage plans are left out because the generated subscribers
// are 26 to 64 years old.
function toPlan(
  plan: InsurancePlan,
  organizations: Map<string, Organization>,
): DirectoryPlan | undefined {
  const types = plan.type?.flatMap((t) => t.coding ?? []) ?? [];
  if (types.some((coding) => coding.code === 'medicare')) {
    return undefined;
  }
  const payer = toDirectoryOrganization(organizations, plan.ownedBy?.reference);
  const network = organizations.get(
    idOf(plan.network?.[0]?.reference, 'Organization'),
  );
  const state = network?.address?.[0]?.state;
  const planId = plan.identifier?.[0]?.value;
  if (!plan.id || !plan.name || !payer || !network?.name || !state || !planId) {
    return undefined;
  }
  const networkName = network.name;
  return { id: plan.id, planId, name: plan.name, payer, networkName, state };
}

function formularyDrugs(resources: readonly Resource[]): DirectoryDrug[] {
  const drugs: DirectoryDrug[] = [];
  for (const drug of ofType(resources, 'MedicationKnowledge')) {
    const rxnorm = drug.code?.coding?.find((c) => c.system === RXNORM);
    if (drug.id && rxnorm?.code && rxnorm.display) {
      drugs.push({
        medicationKnowledgeId: drug.id,
        rxnorm: { system: RXNORM, code: rxnorm.code, display: rxnorm.display },
      });
    }
  }
  return drugs.sort((a, b) =>
    byId({ id: a.medicationKnowledgeId }, { id: b.medicationKnowledgeId }),
  );
}

function checkNotEmpty(directory: ProviderDirectory): void {
  for (const [list, items] of Object.entries(directory)) {
    if (Array.isArray(items) && items.length === 0) {
      throw new Error(
        `The provider directory has no ${list}; the member generator needs a Plan-Net directory and a drug formulary with at least one of each`,
      );
    }
  }
}
