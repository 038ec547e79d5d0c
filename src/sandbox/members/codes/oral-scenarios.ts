import { cdt, type Scenario } from './service-lines';

export const ORAL: readonly Scenario[] = [
  {
    diagnoses: ['Z01.20'],
    placeOfService: '11',
    lines: [
      cdt('D0120', 'Periodic oral evaluation', [50, 80]),
      cdt('D1110', 'Cleaning, adult', [90, 130]),
      cdt('D0274', 'Bitewing X-rays, four images', [60, 90]),
    ],
  },
  {
    diagnoses: ['K02.52'],
    placeOfService: '11',
    lines: [
      cdt('D0140', 'Limited oral evaluation', [60, 90]),
      cdt('D0220', 'Periapical X-ray, first image', [25, 40]),
      cdt('D2391', 'Resin filling, one surface, back tooth', [150, 230], true),
    ],
  },
  {
    diagnoses: ['K08.89'],
    placeOfService: '11',
    lines: [cdt('D2740', 'Ceramic crown', [1000, 1500], true)],
  },
  {
    diagnoses: ['K05.10'],
    placeOfService: '11',
    lines: [cdt('D4341', 'Scaling and root planing, one quadrant', [200, 300])],
  },
];
