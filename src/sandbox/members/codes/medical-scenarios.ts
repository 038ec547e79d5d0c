import { cpt, hcpcs, revenue, type Scenario } from './service-lines';

const officeVisit = cpt(
  '99213',
  'Office visit, established patient',
  [100, 160],
);
const longVisit = cpt(
  '99214',
  'Office visit, established patient, moderate',
  [150, 220],
);
const bloodDraw = cpt('36415', 'Blood draw', [10, 25]);
const ecg = cpt('93000', 'Electrocardiogram with interpretation', [50, 90]);
const chestXray = cpt('71046', 'Chest X-ray, two views', [80, 140]);
const erVisit = cpt(
  '99284',
  'Emergency department visit, moderate',
  [900, 1500],
);

export const PROFESSIONAL: readonly Scenario[] = [
  {
    diagnoses: ['E11.9', 'I10'],
    placeOfService: '11',
    lines: [
      longVisit,
      cpt('83036', 'Hemoglobin A1c test', [40, 70]),
      bloodDraw,
    ],
  },
  {
    diagnoses: ['J06.9'],
    placeOfService: '11',
    lines: [officeVisit, cpt('87880', 'Rapid strep test', [25, 45])],
  },
  {
    diagnoses: ['M54.50'],
    placeOfService: '11',
    lines: [
      cpt('97110', 'Therapeutic exercise, 15 minutes', [60, 90]),
      cpt('97140', 'Manual therapy, 15 minutes', [50, 80]),
    ],
  },
  {
    diagnoses: ['Z00.00'],
    placeOfService: '11',
    lines: [
      cpt('99396', 'Preventive visit, age 40 to 64', [200, 280]),
      cpt('80061', 'Lipid panel', [35, 60]),
      cpt('80053', 'Comprehensive metabolic panel', [30, 55]),
      bloodDraw,
    ],
  },
  {
    diagnoses: ['Z23'],
    placeOfService: '11',
    lines: [
      cpt('90686', 'Influenza vaccine', [25, 40]),
      cpt('90471', 'Vaccine administration', [20, 35]),
    ],
  },
  {
    diagnoses: ['R07.9', 'E78.5'],
    placeOfService: '11',
    lines: [longVisit, ecg, chestXray],
  },
  {
    diagnoses: ['E11.9'],
    placeOfService: '11',
    lines: [
      hcpcs('G0439', 'Annual wellness visit', [150, 200]),
      hcpcs('A4253', 'Blood glucose test strips, box of 50', [30, 60]),
    ],
  },
  {
    diagnoses: ['F41.1'],
    placeOfService: '10',
    lines: [cpt('90834', 'Psychotherapy, 45 minutes', [120, 180])],
  },
  {
    diagnoses: ['J45.909'],
    placeOfService: '11',
    lines: [officeVisit, cpt('94010', 'Spirometry', [60, 110])],
  },
];

export const OUTPATIENT: readonly Scenario[] = [
  {
    diagnoses: ['S93.401A'],
    placeOfService: '23',
    lines: [
      revenue('0450', erVisit),
      revenue('0320', cpt('73610', 'Ankle X-ray, three views', [200, 350])),
      revenue('0274', hcpcs('L1906', 'Ankle foot orthosis', [80, 150])),
    ],
  },
  {
    diagnoses: ['M17.11'],
    placeOfService: '22',
    lines: [
      revenue(
        '0360',
        cpt('29881', 'Knee arthroscopy with meniscus repair', [4000, 7000]),
      ),
      revenue('0370', { text: 'Anesthesia', charge: [800, 1400] }),
      revenue('0710', { text: 'Recovery room', charge: [500, 900] }),
      revenue('0250', { text: 'Pharmacy', charge: [100, 300] }),
    ],
  },
  {
    diagnoses: ['R07.9', 'I10'],
    placeOfService: '23',
    lines: [
      revenue('0450', erVisit),
      revenue('0730', { ...ecg, charge: [150, 250] }),
      revenue('0320', { ...chestXray, charge: [250, 400] }),
      revenue(
        '0300',
        cpt('80053', 'Comprehensive metabolic panel', [150, 250]),
      ),
    ],
  },
  {
    diagnoses: ['J18.9'],
    placeOfService: '22',
    lines: [
      revenue('0510', { ...officeVisit, charge: [200, 300] }),
      revenue('0320', { ...chestXray, charge: [250, 400] }),
    ],
  },
];
