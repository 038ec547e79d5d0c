import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Basic, Extension, MedicationKnowledge } from 'fhir/r4';
import {
  DRUG_REFERENCE,
  normaliseFormularyItem,
  type NormalisedFormularyItem,
} from '../../src/formulary/normalise';
import { FORMULARY_REFERENCE_URL, PLAN_ID_URL } from '../../src/formulary/usdf';
import { EXTENSION_BINDINGS } from '../../src/generated/extension-bindings';
import type { FormularyItem } from '../../src/schema/formulary-item';
import { readTypedExtension } from '../../src/schema/typed-extension-fields';

const STU1_DRUG = join(
  resolve(__dirname, '../..'),
  'data/fixtures/usdf/ig-stu1.1-examples/FormularyDrugV1002.json',
);

/** Reads the USDF STU1 example, a FormularyDrug with its plan's attributes. */
function stu1Drug(): MedicationKnowledge {
  return JSON.parse(readFileSync(STU1_DRUG, 'utf8')) as MedicationKnowledge;
}

/** Returns the STU1 attributes, with the plan id as a formulary reference. */
function itemExtensions(drug: MedicationKnowledge): Extension[] {
  return (drug.extension ?? []).map((extension) =>
    extension.url === PLAN_ID_URL
      ? {
          url: FORMULARY_REFERENCE_URL,
          valueReference: { identifier: { value: extension.valueString } },
        }
      : extension,
  );
}

/** Builds the same item as USDF STU2 writes it: a Basic and its drug. */
function stu2Sources(stu1: MedicationKnowledge): [Basic, MedicationKnowledge] {
  const drug: MedicationKnowledge = {
    resourceType: 'MedicationKnowledge',
    id: 'FormularyDrug-1049640',
    code: stu1.code,
  };
  const basic: Basic = {
    resourceType: 'Basic',
    id: 'FormularyItem-V1002-1049640',
    extension: itemExtensions(stu1),
    code: {
      coding: [
        {
          system:
            'http://hl7.org/fhir/us/davinci-drug-formulary/CodeSystem/usdf-InsuranceItemTypeCS',
          code: 'formulary-item',
        },
      ],
    },
    subject: { reference: 'MedicationKnowledge/FormularyDrug-1049640' },
  };
  return [basic, drug];
}

/** Builds the same item as a native R5 FormularyItem. */
function r5Item(stu1: MedicationKnowledge): FormularyItem {
  return {
    resourceType: 'FormularyItem',
    id: 'formularyitem-V1002-1049640',
    code: stu1.code,
    extension: itemExtensions(stu1),
  };
}

/** Returns what GraphQL shows of an item: `code` and the typed USDF fields. */
function graphFields(item: NormalisedFormularyItem | undefined) {
  const bindings = EXTENSION_BINDINGS.FormularyItem ?? {};
  // The item as JSON, which is what the typed field resolvers read.
  const json = JSON.parse(JSON.stringify(item ?? {})) as {
    extension?: Array<Record<string, unknown>>;
  };
  const typed = Object.entries(bindings).map(([field, binding]) => [
    field,
    readTypedExtension(json, binding),
  ]);
  return { code: item?.code, ...Object.fromEntries(typed) };
}

describe('normaliseFormularyItem', () => {
  const stu1 = stu1Drug();
  const [basic, drug] = stu2Sources(stu1);
  const fromStu1 = normaliseFormularyItem(stu1);
  const fromStu2 = normaliseFormularyItem(basic, drug);
  const fromR5 = normaliseFormularyItem(r5Item(stu1));

  it('reads the STU1 example attributes', () => {
    const fields = graphFields(fromStu1);
    expect(fields.code).toEqual(stu1.code);
    expect(fields.drugTier).toEqual(stu1.extension?.[0]?.valueCodeableConcept);
    expect(fields.priorAuthorization).toBe(false);
    expect(fields.stepTherapyLimit).toBe(false);
    expect(fields.quantityLimit).toBe(false);
    expect(fields.formulary).toEqual({
      identifier: { value: '40308VA0240008' },
    });
  });

  it('gives STU2 Basic the same fields as STU1', () => {
    expect(graphFields(fromStu2)).toEqual(graphFields(fromStu1));
  });

  it('gives native R5 the same fields as STU1', () => {
    expect(graphFields(fromR5)).toEqual(graphFields(fromStu1));
  });

  it('names the drug of each source', () => {
    expect(fromStu1?.[DRUG_REFERENCE]).toEqual({
      reference: 'MedicationKnowledge/formularydrugV1002',
    });
    expect(fromStu2?.[DRUG_REFERENCE]).toEqual(basic.subject);
    expect(fromR5?.[DRUG_REFERENCE]).toBeUndefined();
  });

  it('returns the R5 shape', () => {
    expect(fromStu1?.resourceType).toBe('FormularyItem');
    expect(fromStu2?.resourceType).toBe('FormularyItem');
    expect(fromStu2?.id).toBe(basic.id);
    expect(JSON.parse(JSON.stringify(fromStu2))).not.toHaveProperty('subject');
  });

  it('leaves the drug code out when the drug is unknown', () => {
    expect(normaliseFormularyItem(basic)?.code).toBeUndefined();
  });

  it('skips resources that are not formulary items', () => {
    const other: Basic = { ...basic, code: { coding: [{ code: 'referral' }] } };
    expect(normaliseFormularyItem(other)).toBeUndefined();
    expect(normaliseFormularyItem(drug)).toBeUndefined();
  });
});
