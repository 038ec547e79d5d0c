import { loadSandboxData } from '../../../src/sandbox/data/load';
import { removeDataDir, resourceJson, writeDataDir } from './temp-data-dir';

let dir: string;

afterAll(() => removeDataDir(dir));

it('applies an id prefix to ids and same-set references only', async () => {
  const eob = {
    resourceType: 'ExplanationOfBenefit',
    id: 'e1',
    contained: [{ resourceType: 'Practitioner', id: 'pr' }],
    patient: { reference: 'Patient/p1' },
    provider: { reference: 'Practitioner/d1/_history/2' },
    careTeam: [{ provider: { reference: '#pr' } }],
    insurer: { reference: 'Organization/shared' },
    extension: [
      { url: 'x', valueReference: { reference: 'Patient/p1', display: 'P' } },
    ],
  };
  dir = writeDataDir([
    {
      name: 'shared',
      files: { 'o.json': resourceJson('Organization', 'shared') },
    },
    {
      name: 'old',
      idPrefix: 'v1-',
      files: {
        'e.json': JSON.stringify(eob),
        'p.json': resourceJson('Patient', 'p1'),
        'd.json': resourceJson('Practitioner', 'd1'),
      },
    },
  ]);
  const data = await loadSandboxData({ dataDir: dir, members: false });
  expect(data.resources.map((r) => `${r.resourceType}/${r.id}`)).toEqual([
    'Organization/shared',
    'Practitioner/v1-d1',
    'ExplanationOfBenefit/v1-e1',
    'Patient/v1-p1',
  ]);
  expect(data.resources[2]).toEqual({
    ...eob,
    id: 'v1-e1',
    patient: { reference: 'Patient/v1-p1' },
    provider: { reference: 'Practitioner/v1-d1/_history/2' },
    extension: [
      {
        url: 'x',
        valueReference: { reference: 'Patient/v1-p1', display: 'P' },
      },
    ],
  });
  expect(data.sets[1]).toEqual({
    name: 'old',
    folder: 'sets/1',
    idPrefix: 'v1-',
    files: ['sets/1/d.json', 'sets/1/e.json', 'sets/1/p.json'],
    resourceCount: 3,
    countsByType: { ExplanationOfBenefit: 1, Patient: 1, Practitioner: 1 },
  });
});
