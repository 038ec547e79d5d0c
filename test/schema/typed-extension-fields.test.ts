import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { graphql } from 'graphql';
import { parseFhirJson } from '../../src/schema/fhir-json';
import { buildFhirSubgraphSchema } from '../../src/schema/subgraph';
import { readTypedExtension } from '../../src/schema/typed-extension-fields';
import { loadTypeDefs } from '../../src/schema/type-defs';

const ROOT_DIR = resolve(__dirname, '../..');
const FORMULARY_ITEM = join(
  ROOT_DIR,
  'data/fixtures/usdf/ig-stu2.1-examples/Basic-FormularyItem-D1002-1000091.json',
);

/** Reads the US Drug Formulary Basic example and relabels it as the R5-shaped FormularyItem. */
function formularyItem(): Record<string, unknown> {
  const basic = parseFhirJson(readFileSync(FORMULARY_ITEM, 'utf8')) as Record<
    string,
    unknown
  >;
  return { ...basic, resourceType: 'FormularyItem' };
}

describe('readTypedExtension', () => {
  const parent = {
    extension: [
      { url: 'http://example.org/a', valueBoolean: true },
      { url: 'http://example.org/a', valueBoolean: false },
    ],
  };

  test('returns the first value of a single-valued field', () => {
    const binding = {
      url: 'http://example.org/a',
      list: false,
      valueKey: 'valueBoolean',
    };
    expect(readTypedExtension(parent, binding)).toBe(true);
  });

  test('returns every value of a list field', () => {
    const binding = {
      url: 'http://example.org/a',
      list: true,
      valueKey: 'valueBoolean',
    };
    expect(readTypedExtension(parent, binding)).toEqual([true, false]);
  });

  test('returns null or an empty list when the extension is missing', () => {
    expect(
      readTypedExtension({}, { url: 'x', list: false, valueKey: 'valueCode' }),
    ).toBeNull();
    expect(
      readTypedExtension({}, { url: 'x', list: true, valueKey: 'valueCode' }),
    ).toEqual([]);
  });
});

describe('typed extension fields in queries', () => {
  test('read the US Drug Formulary attributes of a formulary item', async () => {
    const schema = buildFhirSubgraphSchema(loadTypeDefs(ROOT_DIR), {
      Query: { FormularyItem: () => formularyItem() },
    });
    const response = await graphql({
      schema,
      source: `{
        FormularyItem(id: "FormularyItem-D1002-1000091") {
          drugTier { coding { code } }
          pharmacyBenefitType { coding { code } }
          priorAuthorization
          stepTherapyLimit
          quantityLimit
          quantityLimitDetail { description }
          availabilityStatus
          availabilityPeriod { start end }
          formulary { reference }
        }
      }`,
    });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      FormularyItem: {
        drugTier: { coding: [{ code: 'generic' }] },
        pharmacyBenefitType: [
          { coding: [{ code: '1-month-in-retail' }] },
          { coding: [{ code: '1-month-in-mail' }] },
          { coding: [{ code: '3-month-in-retail' }] },
          { coding: [{ code: '3-month-in-mail' }] },
        ],
        priorAuthorization: false,
        stepTherapyLimit: true,
        quantityLimit: true,
        quantityLimitDetail: null,
        availabilityStatus: 'active',
        availabilityPeriod: { start: '2021-01-01', end: '2021-12-31' },
        formulary: { reference: 'InsurancePlan/FormularyD1002' },
      },
    });
  });

  test('read the sub-extensions of a complex extension', async () => {
    const detail = {
      url: 'http://hl7.org/fhir/us/davinci-drug-formulary/StructureDefinition/usdf-QuantityLimitDetail-extension',
      extension: [
        { url: 'Description', valueString: '30 tablets per 30 days' },
        { url: 'MaximumDaily', valueQuantity: { value: 1.0, unit: 'tablet' } },
      ],
    };
    const item = parseFhirJson(
      JSON.stringify({
        resourceType: 'FormularyItem',
        id: 'f1',
        extension: [detail],
      }).replace('"value":1', '"value":1.0'),
    );
    const schema = buildFhirSubgraphSchema(loadTypeDefs(ROOT_DIR), {
      Query: { FormularyItem: () => item },
    });
    const response = await graphql({
      schema,
      source:
        '{ FormularyItem(id: "f1") { quantityLimitDetail { description maximumDaily { value unit } rolling { code { text } } } } }',
    });
    expect(JSON.stringify(response)).toBe(
      '{"data":{"FormularyItem":{"quantityLimitDetail":{"description":"30 tablets per 30 days",' +
        '"maximumDaily":{"value":1.0,"unit":"tablet"},"rolling":null}}}}',
    );
  });
});
