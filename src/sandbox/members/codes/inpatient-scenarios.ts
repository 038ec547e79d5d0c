import { revenue, type InpatientScenario } from './service-lines';

export const INPATIENT: readonly InpatientScenario[] = [
  {
    diagnoses: ['K35.80'],
    procedures: ['0DTJ4ZZ'],
    stayDays: [1, 3],
    admissionType: '1',
    lines: [
      revenue('0120', {
        text: 'Room and board, semi-private',
        charge: [2500, 4000],
        perDay: true,
      }),
      revenue('0360', { text: 'Operating room', charge: [6000, 9000] }),
      revenue('0370', { text: 'Anesthesia', charge: [1200, 2000] }),
      revenue('0250', { text: 'Pharmacy', charge: [300, 900] }),
    ],
  },
  {
    diagnoses: ['M17.11'],
    procedures: ['0SRC0J9'],
    stayDays: [2, 3],
    admissionType: '3',
    lines: [
      revenue('0120', {
        text: 'Room and board, semi-private',
        charge: [2500, 4000],
        perDay: true,
      }),
      revenue('0360', { text: 'Operating room', charge: [9000, 14000] }),
      revenue('0278', { text: 'Implants', charge: [5000, 9000] }),
      revenue('0420', { text: 'Physical therapy', charge: [300, 600] }),
    ],
  },
  {
    diagnoses: ['I21.4', 'I10', 'E78.5'],
    procedures: ['4A023N7', 'B211YZZ'],
    stayDays: [2, 5],
    admissionType: '1',
    lines: [
      revenue('0200', {
        text: 'Intensive care',
        charge: [4000, 6000],
        perDay: true,
      }),
      revenue('0481', {
        text: 'Cardiac catheterization lab',
        charge: [8000, 14000],
      }),
      revenue('0300', { text: 'Laboratory', charge: [400, 900] }),
      revenue('0250', { text: 'Pharmacy', charge: [500, 1500] }),
    ],
  },
  {
    diagnoses: ['J18.9', 'J45.909'],
    procedures: [],
    stayDays: [3, 6],
    admissionType: '2',
    lines: [
      revenue('0120', {
        text: 'Room and board, semi-private',
        charge: [2500, 4000],
        perDay: true,
      }),
      revenue('0250', { text: 'Pharmacy', charge: [400, 1200] }),
      revenue('0320', { text: 'Diagnostic radiology', charge: [250, 500] }),
      revenue('0410', { text: 'Respiratory services', charge: [300, 800] }),
    ],
  },
  {
    diagnoses: ['I50.9', 'I10'],
    procedures: [],
    stayDays: [3, 5],
    admissionType: '1',
    lines: [
      revenue('0120', {
        text: 'Room and board, semi-private',
        charge: [2500, 4000],
        perDay: true,
      }),
      revenue('0250', { text: 'Pharmacy', charge: [400, 1200] }),
      revenue('0300', { text: 'Laboratory', charge: [300, 700] }),
      revenue('0730', { text: 'Electrocardiogram', charge: [150, 250] }),
    ],
  },
];
