import { loadFhirClientSettings } from '../../src/config';

describe('loadFhirClientSettings', () => {
  it('uses defaults when unset', () => {
    expect(loadFhirClientSettings({ FHIR_MAX_PAGES: '' })).toEqual({
      maxRetries: 2,
      maxResponseBytes: 16 * 1024 * 1024,
      maxPages: 20,
    });
  });

  it('reads each variable', () => {
    const env = {
      FHIR_MAX_RETRIES: '0',
      FHIR_MAX_RESPONSE_BYTES: '2048',
      FHIR_MAX_PAGES: '5',
    };
    expect(loadFhirClientSettings(env)).toEqual({
      maxRetries: 0,
      maxResponseBytes: 2048,
      maxPages: 5,
    });
  });

  it.each([
    ['FHIR_MAX_RETRIES', '-1', 'an integer from 0 to 10'],
    ['FHIR_MAX_RETRIES', '11', 'an integer from 0 to 10'],
    ['FHIR_MAX_RETRIES', '2.5', 'an integer from 0 to 10'],
    ['FHIR_MAX_PAGES', 'ten', 'an integer from 1 to 1000'],
    ['FHIR_MAX_RESPONSE_BYTES', '10', 'an integer from 1024 to 1073741824'],
  ])('rejects %s=%s', (name, value, expected) => {
    expect(() => loadFhirClientSettings({ [name]: value })).toThrow(
      `${name}: invalid value "${value}"; expected ${expected}`,
    );
  });
});
