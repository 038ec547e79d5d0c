import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  loadSandboxData,
  type SandboxData,
} from '../../../src/sandbox/data/load';
import {
  forEachReference,
  parseRelativeReference,
} from '../../../src/sandbox/data/references';

const DATA_DIR = path.resolve(__dirname, '../../../data');

let data: SandboxData;

beforeAll(async () => {
  data = await loadSandboxData();
});

function setNamed(name: string) {
  const set = data.sets.find((candidate) => candidate.name === name);
  if (!set) throw new Error(`no set ${name}`);
  return set;
}

/** Counts resources per type by reading the files directly, without the loader. */
function countFolder(folder: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const name of readdirSync(folder)) {
    const file = path.join(folder, name);
    if (name.endsWith('.ndjson.gz')) {
      // One file per type, named after it, one resource per non-empty line.
      const type = name.replace('.ndjson.gz', '');
      const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
      counts[type] =
        (counts[type] ?? 0) + lines.filter((line) => line.trim()).length;
    } else {
      const type = String(JSON.parse(readFileSync(file, 'utf8')).resourceType);
      counts[type] = (counts[type] ?? 0) + 1;
    }
  }
  return counts;
}

describe('loadSandboxData', () => {
  it('loads every set of the manifest and the members', () => {
    expect(
      data.sets.map((set) => [set.name, set.resourceCount, set.files.length]),
    ).toEqual([
      ['carin-bb/ig-stu2-examples', 42, 42],
      ['carin-bb/ig-stu1.1-examples', 23, 23],
      ['plan-net/ig-1.1.0-examples', 49, 49],
      ['plan-net/ri-directory', 5215, 8],
      ['usdf/ig-stu2.1-examples', 27, 27],
      ['usdf/ri-formulary', 5765, 3],
      ['usdf/ig-stu1.1-examples', 8, 8],
      ['generated/members', 5766, 0],
    ]);
    expect(data.resources).toHaveLength(16895);
  });

  it('pins the counts per type', () => {
    expect(data.countsByType).toEqual({
      Basic: 5407,
      Coverage: 343,
      Endpoint: 41,
      ExplanationOfBenefit: 5258,
      GraphDefinition: 2,
      HealthcareService: 168,
      InsurancePlan: 76,
      List: 4,
      Location: 660,
      MedicationKnowledge: 338,
      Organization: 210,
      OrganizationAffiliation: 165,
      Patient: 205,
      Practitioner: 2011,
      PractitionerRole: 2006,
      RelatedPerson: 1,
    });
    expect(setNamed('generated/members').countsByType).toEqual({
      Coverage: 335,
      ExplanationOfBenefit: 5231,
      Patient: 200,
    });
  });

  it('counts per set equal the source files', () => {
    for (const set of data.sets.filter((candidate) => candidate.folder)) {
      const expected = countFolder(path.join(DATA_DIR, set.folder ?? ''));
      expect([set.name, set.countsByType]).toEqual([set.name, expected]);
    }
  });

  it('reports files relative to the data folder', () => {
    expect(setNamed('usdf/ri-formulary').files).toEqual([
      'fixtures/usdf/ri-formulary/Basic.ndjson.gz',
      'fixtures/usdf/ri-formulary/InsurancePlan.ndjson.gz',
      'fixtures/usdf/ri-formulary/MedicationKnowledge.ndjson.gz',
    ]);
  });

  it('keeps every Type/id unique', () => {
    const keys = new Set(
      data.resources.map((r) => `${r.resourceType}/${r.id}`),
    );
    expect(keys.size).toBe(data.resources.length);
  });

  it('resolves every relative reference', () => {
    const keys = new Set(
      data.resources.map((r) => `${r.resourceType}/${r.id}`),
    );
    const dangling: string[] = [];
    for (const resource of data.resources) {
      forEachReference(resource, ({ reference }) => {
        const parsed = parseRelativeReference(reference);
        if (parsed && !keys.has(`${parsed.resourceType}/${parsed.id}`)) {
          dangling.push(
            `${resource.resourceType}/${resource.id} -> ${reference}`,
          );
        }
      });
    }
    expect(dangling).toEqual([]);
  });
});

describe('id prefixes', () => {
  it('prefixes every CARIN 1.1.0 id and its own references', () => {
    const stu1 = setNamed('carin-bb/ig-stu1.1-examples');
    expect(stu1.idPrefix).toBe('stu1-');
    const ids = data.resources.filter((r) => r.id.startsWith('stu1-'));
    expect(ids).toHaveLength(23);
    const references: string[] = [];
    for (const resource of ids) {
      forEachReference(resource, ({ reference }) => references.push(reference));
    }
    expect(references).toHaveLength(54);
    const keys = new Set(ids.map((r) => `${r.resourceType}/${r.id}`));
    const dangling = references.filter((reference) => !keys.has(reference));
    expect(dangling).toEqual([]);
  });

  it('keeps both CARIN Patient1 resources', () => {
    const patients = data.resources.filter(
      (r) => r.resourceType === 'Patient' && r.id.endsWith('Patient1'),
    );
    expect(patients.map((p) => p.id).sort()).toEqual([
      'Patient1',
      'stu1-ExamplePatient1',
      'stu1-Patient1',
    ]);
  });

  it('keeps both StateOfCTLocation resources apart', () => {
    const bronze = data.resources.find(
      (r) => r.id === 'plannet-ex-AcmeQHPBronze',
    );
    const references: string[] = [];
    forEachReference(bronze, ({ reference }) => references.push(reference));
    expect(references).toContain('Location/plannet-ex-StateOfCTLocation');
    const locations = data.resources.filter((r) =>
      r.id.endsWith('StateOfCTLocation'),
    );
    expect(locations.map((l) => l.meta?.profile?.[0])).toEqual([
      'http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/plannet-Location',
      'http://hl7.org/fhir/us/davinci-drug-formulary/StructureDefinition/usdf-InsurancePlanLocation',
    ]);
    expect(locations.map((l) => l.id)).toEqual([
      'plannet-ex-StateOfCTLocation',
      'StateOfCTLocation',
    ]);
  });
});
