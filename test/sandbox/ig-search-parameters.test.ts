import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  escapeSearchValue,
  evalFhirPathTyped,
  isResourceType,
  toTypedValue,
} from '@medplum/core';
import type { TypedValue } from '@medplum/core';
import type {
  Basic,
  CodeableConcept,
  Coding,
  Coverage,
  ExplanationOfBenefit,
  Extension,
  InsurancePlan,
  Location,
  MedicationKnowledge,
  Organization,
  Period,
  PractitionerRole,
  Reference,
  Resource,
} from 'fhir/r4';
import { readIgSearchParameters } from '../../src/sandbox/ig-search-parameters';
import { DEFAULT_DEFINITIONS_DIR } from '../../src/sandbox/server';
import type { TestSandbox } from './test-sandbox';
import {
  getOutcome,
  resourcesOfType,
  searchAllIds,
  startTestSandbox,
} from './test-sandbox';

// The IG examples only, so that the expected ids stay short enough to pin.
let sandbox: TestSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox({ members: false });
});

afterAll(async () => {
  await sandbox.close();
});

const PLAN_NET =
  'http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition';
const USDF =
  'http://hl7.org/fhir/us/davinci-drug-formulary/StructureDefinition';

/** Returns the sorted ids of the `type` resources that satisfy `test`. */
function idsWhere<T extends Resource>(
  type: T['resourceType'],
  test: (resource: T) => boolean,
): string[] {
  return resourcesOfType<T>(sandbox.resources, type)
    .filter(test)
    .map((resource) => resource.id ?? '')
    .sort();
}

function pointsTo(references: (Reference | undefined)[], target: string) {
  return references.some((reference) => reference?.reference === target);
}

function hasCode(concepts: (CodeableConcept | undefined)[], code: string) {
  return concepts.some((concept) =>
    (concept?.coding ?? []).some((coding) => coding.code === code),
  );
}

function extensionsOf(resource: { extension?: Extension[] }, url: string) {
  return (resource.extension ?? []).filter(
    (extension) => extension.url === url,
  );
}

/** Tells whether [start, end] overlaps [from, to), with open ends unbounded. */
function overlaps(period: Period | undefined, from: string, to: string) {
  if (!period) {
    return false;
  }
  return (period.start ?? '0000') < to && (period.end ?? '9999') >= from;
}

function servicePeriods(eob: ExplanationOfBenefit): (Period | undefined)[] {
  const items = (eob.item ?? []).map((item) =>
    item.servicedDate
      ? { start: item.servicedDate, end: item.servicedDate }
      : item.servicedPeriod,
  );
  return [eob.billablePeriod, ...items];
}

function serviceStarts(eob: ExplanationOfBenefit): (string | undefined)[] {
  const items = (eob.item ?? []).map(
    (item) => item.servicedDate ?? item.servicedPeriod?.start,
  );
  return [eob.billablePeriod?.start, ...items];
}

async function expectSearch(query: string, expected: string[]) {
  const ids = await searchAllIds(`${sandbox.baseUrl}/${query}`);
  expect(ids).toEqual(expected);
}

describe('CARIN BB ExplanationOfBenefit parameters', () => {
  const eobsWhere = (test: (eob: ExplanationOfBenefit) => boolean) =>
    idsWhere<ExplanationOfBenefit>('ExplanationOfBenefit', test);

  it('searches by service-date', async () => {
    const expected = eobsWhere((eob) =>
      servicePeriods(eob).some((p) => overlaps(p, '2020-01-01', '2021-01-01')),
    );
    expect(expected).toEqual([
      'EOBInpatient2',
      'EOBInpatientNonFinancial2',
      'EOBOutpatient2',
      'EOBOutpatientNonFinancial2',
      'EOBProfessional2',
      'EOBProfessionalNonFinancial2',
      'stu1-InpatientEOBExample1',
      'stu1-OutpatientEOBExample1',
      'stu1-ProfessionalEOBExample1',
    ]);
    await expectSearch('ExplanationOfBenefit?service-date=2020', expected);
  });

  it('searches by service-start-date', async () => {
    const expected = eobsWhere((eob) =>
      serviceStarts(eob).some((start) => start?.startsWith('2021-03-18')),
    );
    expect(expected).toEqual(['EOBOral1', 'EOBOralNonFinancial1']);
    await expectSearch(
      'ExplanationOfBenefit?service-start-date=2021-03-18',
      expected,
    );
  });

  it('searches by billable-period-start', async () => {
    const expected = eobsWhere(
      (eob) => (eob.billablePeriod?.start ?? '') >= '2021-01-01',
    );
    expect(expected).toEqual([
      'EOBOral1',
      'EOBOral2',
      'EOBOralNonFinancial1',
      'EOBOralNonFinancial2',
      'EOBProfessionalTransportation1',
      'EOBProfessionalTransportationNonFinancial1',
    ]);
    await expectSearch(
      'ExplanationOfBenefit?billable-period-start=ge2021-01-01',
      expected,
    );
  });

  it('searches by insurer', async () => {
    const expected = eobsWhere((eob) =>
      pointsTo([eob.insurer], 'Organization/Payer2'),
    );
    expect(expected).toEqual([
      'EOBInpatient2',
      'EOBInpatientNonFinancial2',
      'EOBOutpatient2',
      'EOBOutpatientNonFinancial2',
      'EOBProfessional2',
      'EOBProfessionalNonFinancial2',
      'EOBProfessionalTransportation1',
      'EOBProfessionalTransportationNonFinancial1',
    ]);
    await expectSearch(
      'ExplanationOfBenefit?insurer=Organization/Payer2',
      expected,
    );
  });

  it('searches by provider', async () => {
    const expected = eobsWhere((eob) =>
      pointsTo([eob.provider], 'Organization/ProviderOrganization1'),
    );
    expect(expected).toEqual([
      'EOBInpatient1',
      'EOBInpatientNonFinancial1',
      'EOBOutpatient1',
      'EOBOutpatientNonFinancial1',
      'EOBPharmacy1',
      'EOBPharmacyNonFinancial1',
      'EOBProfessional1',
      'EOBProfessional2',
      'EOBProfessionalNonFinancial1',
      'EOBProfessionalNonFinancial2',
    ]);
    await expectSearch(
      'ExplanationOfBenefit?provider=Organization/ProviderOrganization1',
      expected,
    );
  });

  it('searches by care-team', async () => {
    const expected = eobsWhere((eob) =>
      pointsTo(
        (eob.careTeam ?? []).map((member) => member.provider),
        'Practitioner/Practitioner1',
      ),
    );
    expect(expected).toEqual([
      'EOBOutpatient2',
      'EOBOutpatientNonFinancial2',
      'EOBProfessional2',
      'EOBProfessionalNonFinancial2',
    ]);
    await expectSearch(
      'ExplanationOfBenefit?care-team=Practitioner/Practitioner1',
      expected,
    );
  });

  it('searches by coverage', async () => {
    const expected = eobsWhere((eob) =>
      pointsTo(
        (eob.insurance ?? []).map((insurance) => insurance.coverage),
        'Coverage/Coverage1',
      ),
    );
    expect(expected).toEqual([
      'EOBOutpatient2',
      'EOBOutpatientNonFinancial2',
      'EOBProfessional2',
      'EOBProfessionalNonFinancial2',
      'EOBProfessionalTransportation1',
      'EOBProfessionalTransportationNonFinancial1',
    ]);
    await expectSearch(
      'ExplanationOfBenefit?coverage=Coverage/Coverage1',
      expected,
    );
  });

  it('searches by type', async () => {
    const expected = eobsWhere((eob) => hasCode([eob.type], 'pharmacy'));
    expect(expected).toEqual([
      'EOBPharmacy1',
      'EOBPharmacyNonFinancial1',
      'stu1-EOBPharmacy1',
    ]);
    await expectSearch(
      'ExplanationOfBenefit?type=http://terminology.hl7.org/CodeSystem/claim-type|pharmacy',
      expected,
    );
  });

  it('searches by identifier', async () => {
    const expected = eobsWhere((eob) =>
      (eob.identifier ?? []).some((id) => id.value === '210300002'),
    );
    expect(expected).toEqual(['EOBOral1', 'EOBOralNonFinancial1']);
    await expectSearch('ExplanationOfBenefit?identifier=210300002', expected);
  });

  it('searches by patient', async () => {
    const expected = eobsWhere((eob) =>
      pointsTo([eob.patient], 'Patient/Patient2'),
    );
    expect(expected).toEqual([
      'EOBInpatient1',
      'EOBInpatientNonFinancial1',
      'EOBOral1',
      'EOBOral2',
      'EOBOralNonFinancial1',
      'EOBOralNonFinancial2',
      'EOBOutpatient1',
      'EOBOutpatientNonFinancial1',
      'EOBPharmacy1',
      'EOBPharmacyNonFinancial1',
      'EOBProfessional1',
      'EOBProfessionalNonFinancial1',
    ]);
    await expectSearch(
      'ExplanationOfBenefit?patient=Patient/Patient2',
      expected,
    );
  });
});

describe('US Core Coverage parameters', () => {
  it('searches by patient', async () => {
    const expected = idsWhere<Coverage>('Coverage', (coverage) =>
      pointsTo([coverage.beneficiary], 'Patient/Patient1'),
    );
    expect(expected).toEqual(['Coverage1', 'Coverage2']);
    await expectSearch('Coverage?patient=Patient/Patient1', expected);
  });
});

describe('Plan-Net parameters', () => {
  const rolesWhere = (test: (role: PractitionerRole) => boolean) =>
    idsWhere<PractitionerRole>('PractitionerRole', test);

  it('searches PractitionerRole by network', async () => {
    const network = 'Organization/plannet-network-HPID130000';
    const expected = rolesWhere((role) =>
      extensionsOf(role, `${PLAN_NET}/network-reference`).some(
        (extension) => extension.valueReference?.reference === network,
      ),
    );
    expect(expected).toHaveLength(154);
    await expectSearch(`PractitionerRole?network=${network}`, expected);
  });

  it('searches PractitionerRole by specialty', async () => {
    const expected = rolesWhere((role) =>
      hasCode(role.specialty ?? [], '207RC0000X'),
    );
    expect(expected).toHaveLength(87);
    await expectSearch('PractitionerRole?specialty=207RC0000X', expected);
  });

  it('searches PractitionerRole by location', async () => {
    const location = 'Location/plannet-location-1237659264';
    const expected = rolesWhere((role) =>
      pointsTo(role.location ?? [], location),
    );
    expect(expected).toHaveLength(50);
    await expectSearch(`PractitionerRole?location=${location}`, expected);
  });

  it('searches PractitionerRole by organization', async () => {
    const organization = 'Organization/plannet-organization-1238062387';
    const expected = rolesWhere((role) =>
      pointsTo([role.organization], organization),
    );
    expect(expected).toHaveLength(50);
    await expectSearch(
      `PractitionerRole?organization=${organization}`,
      expected,
    );
  });

  it('searches PractitionerRole by service', async () => {
    const service = 'HealthcareService/outpat-healthcareservice-1237659264';
    const expected = rolesWhere((role) =>
      pointsTo(role.healthcareService ?? [], service),
    );
    expect(expected).toHaveLength(50);
    await expectSearch(`PractitionerRole?service=${service}`, expected);
  });

  it('searches PractitionerRole by practitioner', async () => {
    const practitioner = 'Practitioner/plannet-practitioner-1230081110';
    const expected = rolesWhere((role) =>
      pointsTo([role.practitioner], practitioner),
    );
    expect(expected).toEqual(['plannet-practitionerrole-1230081110']);
    await expectSearch(
      `PractitionerRole?practitioner=${practitioner}`,
      expected,
    );
  });

  it('searches Organization by coverage-area', async () => {
    const area = 'Location/plannet-ex-StateOfCTLocation';
    const expected = idsWhere<Organization>('Organization', (organization) =>
      extensionsOf(organization, `${PLAN_NET}/location-reference`).some(
        (extension) => extension.valueReference?.reference === area,
      ),
    );
    expect(expected).toEqual(['plannet-ex-AcmeofCTPremNet']);
    await expectSearch(`Organization?coverage-area=${area}`, expected);
  });

  it('searches Location by address-city', async () => {
    const expected = idsWhere<Location>(
      'Location',
      (location) => location.address?.city?.toUpperCase() === 'WATERBURY',
    );
    expect(expected).toHaveLength(24);
    await expectSearch('Location?address-city=Waterbury', expected);
  });

  it('searches Location by address-state', async () => {
    const expected = idsWhere<Location>(
      'Location',
      (location) => location.address?.state === 'RI',
    );
    expect(expected).toHaveLength(10);
    await expectSearch('Location?address-state=RI', expected);
  });

  it('searches Location by organization', async () => {
    const organization =
      'Organization/plannet-organization-f34aec9810a69f29d148b216f';
    const expected = idsWhere<Location>('Location', (location) =>
      pointsTo([location.managingOrganization], organization),
    );
    expect(expected).toHaveLength(11);
    await expectSearch(`Location?organization=${organization}`, expected);
  });
});

describe('US Drug Formulary parameters', () => {
  const basicsWhere = (test: (basic: Basic) => boolean) =>
    idsWhere<Basic>('Basic', test);
  const extensionConcepts = (basic: Basic, name: string) =>
    extensionsOf(basic, `${USDF}/${name}`).map((e) => e.valueCodeableConcept);

  it('searches Basic by formulary', async () => {
    const formulary = 'InsurancePlan/FormularyD1002';
    const expected = basicsWhere((basic) =>
      extensionsOf(basic, `${USDF}/usdf-FormularyReference-extension`).some(
        (extension) => extension.valueReference?.reference === formulary,
      ),
    );
    expect(expected).toEqual([
      'FormularyItem-D1002-1000091',
      'FormularyItem-D1002-1049640',
      'FormularyItem-D1002-209459',
      'FormularyItem-D1002-284520',
    ]);
    await expectSearch(`Basic?formulary=${formulary}`, expected);
  });

  it('searches Basic by drug-tier', async () => {
    const expected = basicsWhere((basic) =>
      hasCode(extensionConcepts(basic, 'usdf-DrugTierID-extension'), 'brand'),
    );
    expect(expected).toEqual([
      'FormularyItem-D1002-1049640',
      'FormularyItem-D1002-209459',
      'FormularyItem-D1002-284520',
    ]);
    await expectSearch('Basic?drug-tier=brand', expected);
  });

  it('searches Basic by pharmacy-benefit-type', async () => {
    const expected = basicsWhere((basic) =>
      hasCode(
        extensionConcepts(basic, 'usdf-PharmacyBenefitType-extension'),
        '1-month-in-mail',
      ),
    );
    expect(expected).toEqual([
      'FormularyItem-D1002-1000091',
      'FormularyItem-D3001-1000091',
      'FormularyItem-D3002-1000091',
    ]);
    await expectSearch('Basic?pharmacy-benefit-type=1-month-in-mail', expected);
  });

  it('searches Basic by subject', async () => {
    const subject = 'MedicationKnowledge/Drug-1000001';
    const expected = basicsWhere((basic) => pointsTo([basic.subject], subject));
    expect(expected).toHaveLength(18);
    await expectSearch(`Basic?subject=${subject}`, expected);
  });

  it('searches Basic by code', async () => {
    const expected = basicsWhere((basic) =>
      hasCode([basic.code], 'formulary-item'),
    );
    expect(expected).toHaveLength(5407);
    await expectSearch('Basic?code=formulary-item&_count=1000', expected);
  });

  it('searches InsurancePlan by formulary-coverage', async () => {
    const formulary = 'InsurancePlan/FormularyD3001';
    const expected = idsWhere<InsurancePlan>('InsurancePlan', (plan) =>
      (plan.coverage ?? []).some((coverage) =>
        extensionsOf(
          coverage,
          `${USDF}/usdf-FormularyReference-extension`,
        ).some(
          (extension) => extension.valueReference?.reference === formulary,
        ),
      ),
    );
    expect(expected).toEqual(['PayerInsurancePlanA3001']);
    await expectSearch(
      `InsurancePlan?formulary-coverage=${formulary}`,
      expected,
    );
  });

  it('searches InsurancePlan by coverage-type', async () => {
    const expected = idsWhere<InsurancePlan>('InsurancePlan', (plan) =>
      hasCode(
        (plan.coverage ?? []).map((coverage) => coverage.type),
        'DRUGPOL',
      ),
    );
    expect(expected).toHaveLength(22);
    await expectSearch('InsurancePlan?coverage-type=DRUGPOL', expected);
  });

  it('searches MedicationKnowledge by drug-name', async () => {
    // FHIR string search matches the start of a name, case-insensitively.
    const expected = idsWhere<MedicationKnowledge>(
      'MedicationKnowledge',
      (drug) => {
        const displays = (drug.code?.coding ?? []).map((c) => c.display);
        return [...displays, ...(drug.synonym ?? [])].some((name) =>
          name?.toLowerCase().startsWith('acetaminophen 325'),
        );
      },
    );
    expect(expected).toEqual([
      'Drug-1049214',
      'Drug-1049216',
      'Drug-1049221',
      'Drug-1049223',
      'Drug-1049225',
      'Drug-1049227',
      'Drug-1049635',
      'FormularyDrug-1049640',
      'FormularyDrugV3001',
      'formularydrugV1002',
    ]);
    await expectSearch(
      'MedicationKnowledge?drug-name=Acetaminophen%20325',
      expected,
    );
  });

  it('serves no R5 FormularyItem', async () => {
    const { status, body } = await getOutcome(
      `${sandbox.baseUrl}/FormularyItem?code=1049640`,
    );
    expect(status).toBe(404);
    expect(body.issue[0]?.code).toBe('not-found');
  });
});

describe('every vendored IG search parameter', () => {
  /** Builds a search value for `typed`, or undefined for types it skips. */
  function searchValueOf(typed: TypedValue): string | undefined {
    const value = typed.value as Record<string, unknown> & {
      coding?: Coding[];
    };
    switch (typed.type) {
      case 'Reference':
        return value.reference as string | undefined;
      case 'CodeableConcept':
        return tokenOf(value.coding?.[0]);
      case 'Coding':
        return tokenOf(value as Coding);
      case 'Identifier':
        return value.value ? `${value.system ?? ''}|${value.value}` : undefined;
      case 'HumanName':
        return (value.family as string | undefined) ?? undefined;
      case 'Address':
        return (value.city as string | undefined) ?? undefined;
      case 'Period':
        return (value.start as string | undefined)?.slice(0, 10);
      case 'date':
      case 'dateTime':
      case 'instant':
        return String(typed.value).slice(0, 10);
      case 'string':
      case 'code':
      case 'uri':
        return escapeSearchValue(String(typed.value));
      default:
        return undefined;
    }
  }

  function tokenOf(coding: Coding | undefined): string | undefined {
    return coding?.code ? `${coding.system ?? ''}|${coding.code}` : undefined;
  }

  /** Finds a resource of `type` with a value for the parameter, and that value. */
  function findExample(type: string, expression: string) {
    for (const resource of resourcesOfType(sandbox.resources, type)) {
      const typed = evalFhirPathTyped(expression, [toTypedValue(resource)]);
      const value = typed.map(searchValueOf).find(Boolean);
      if (value) {
        return { id: resource.id ?? '', value };
      }
    }
    return undefined;
  }

  it('finds the resource each example value came from', async () => {
    const parameters = readIgSearchParameters(DEFAULT_DEFINITIONS_DIR).filter(
      // The R5 FormularyItem parameters are not served.
      (parameter) =>
        (parameter.base ?? []).every((base) => isResourceType(base)),
    );
    expect(parameters.length).toBeGreaterThan(80);
    const withoutData: string[] = [];
    for (const parameter of parameters) {
      const type = parameter.base?.[0] ?? '';
      const name = `${type}?${parameter.code}`;
      const example = findExample(type, parameter.expression ?? '');
      if (!example) {
        withoutData.push(name);
        continue;
      }
      const query = new URLSearchParams({
        [parameter.code ?? '']: example.value,
        _id: example.id,
      });
      const ids = await searchAllIds(`${sandbox.baseUrl}/${type}?${query}`);
      expect({ name, value: example.value, ids }).toEqual({
        name,
        value: example.value,
        ids: [example.id],
      });
    }
    // The example data contains no value for these parameters.
    expect(withoutData.sort()).toEqual([
      'HealthcareService?coverage-area',
      'HealthcareService?endpoint',
      'HealthcareService?service-type',
      'Location?endpoint',
      'Location?partof',
      'Organization?endpoint',
      'OrganizationAffiliation?endpoint',
      'OrganizationAffiliation?period',
      'PractitionerRole?endpoint',
      'PractitionerRole?period',
    ]);
  });
});

describe('readIgSearchParameters', () => {
  const byUrl = (url: string) =>
    readIgSearchParameters(DEFAULT_DEFINITIONS_DIR).find((p) => p.url === url);

  it('reads drug-name with its synonym branch', () => {
    const parameter = byUrl(
      'http://hl7.org/fhir/us/davinci-drug-formulary/SearchParameter/MedicationKnowledge-drug-name',
    );
    const drug = {
      resourceType: 'MedicationKnowledge',
      code: { coding: [{ display: 'Percocet Pill' }] },
      synonym: ['Endocet'],
    };
    const names = evalFhirPathTyped(parameter?.expression ?? '', [
      toTypedValue(drug),
    ]).map((typed) => typed.value);
    expect(names).toEqual(['Percocet Pill', 'Endocet']);
  });

  it('reads service-start-date by choice type', () => {
    const parameter = byUrl(
      'http://hl7.org/fhir/us/carin-bb/SearchParameter/explanationofbenefit-service-start-date',
    );
    const eob = {
      resourceType: 'ExplanationOfBenefit',
      billablePeriod: { start: '2020-01-01' },
      item: [
        { sequence: 1, servicedPeriod: { start: '2020-02-01' } },
        { sequence: 2, servicedDate: '2020-03-01' },
      ],
    };
    const dates = evalFhirPathTyped(parameter?.expression ?? '', [
      toTypedValue(eob),
    ]).map((typed) => typed.value);
    expect(dates).toEqual(['2020-01-01', '2020-03-01', '2020-02-01']);
  });

  it('rejects a fixed expression that changed', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ig-'));
    const folder = path.join(dir, 'plan-net');
    mkdirSync(folder);
    const changed = {
      resourceType: 'SearchParameter',
      url: 'http://hl7.org/fhir/us/davinci-pdex-plan-net/SearchParameter/practitionerrole-network',
      code: 'network',
      base: ['PractitionerRole'],
      type: 'reference',
      expression: 'PractitionerRole.extension.value',
    };
    writeFileSync(
      path.join(folder, 'SearchParameter-practitionerrole-network.json'),
      JSON.stringify(changed),
    );
    expect(() => readIgSearchParameters(dir)).toThrow(
      /has expression "PractitionerRole\.extension\.value", expected .* check whether the fix still applies/,
    );
    rmSync(dir, { recursive: true });
  });
});
