import { loadSandboxData } from '../../../src/sandbox/data/load';
import { repairIdentifierValues } from '../../../src/sandbox/data/repair';

describe('repairIdentifierValues', () => {
  it('rewrites numbers in identifiers only', () => {
    const organization = {
      resourceType: 'Organization',
      identifier: [{ system: 'urn:npi', value: 1234567890 }],
      partOf: { identifier: { value: 42 } },
      extension: [{ url: 'urn:x', valueInteger: 7, value: 3 }],
    };
    expect(repairIdentifierValues(organization)).toBe(2);
    expect(organization.identifier[0]?.value).toBe('1234567890');
    expect(organization.partOf.identifier.value).toBe('42');
    expect(organization.extension[0]?.value).toBe(3);
  });

  it('counts the directory repairs', async () => {
    const data = await loadSandboxData({ members: false });
    const directory = data.sets.find(
      (set) => set.folder === 'fixtures/plan-net/ri-directory',
    );
    expect(directory?.repairedIdentifierValues).toBe(122);
  });
});
