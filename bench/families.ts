/** The families the benchmark assesses: four people each, the two main procedures. */
export const REGROUPEMENT = {
  date: '2026-03-10',
  sponsor: {
    status: 'resident',
    nationality: 'TR',
    birthDate: '1984-01-20',
    residenceSince: '2017-05-15',
    permit: { type: 'multi_year', validFrom: '2024-05-15', validUntil: '2028-05-14' },
    income: { monthlyNetAverage: 2200 },
    housing: { zone: 'A', surfaceM2: 48 },
  },
  members: [
    { id: 'spouse', relation: 'spouse', birthDate: '1988-03-03', unionDate: '2012-06-01' },
    { id: 'elif', relation: 'child', parentage: 'couple', birthDate: '2014-02-14', married: false },
    { id: 'can', relation: 'child', parentage: 'couple', birthDate: '2019-08-21', married: false },
  ],
};

export const REUNIFICATION = {
  date: '2026-03-10',
  sponsor: {
    status: 'refugee',
    nationality: 'SY',
    birthDate: '1982-05-05',
    asylumApplicationDate: '2023-05-10',
    protectionGrantedDate: '2024-02-01',
  },
  members: [
    {
      id: 'spouse',
      relation: 'spouse',
      birthDate: '1985-10-10',
      unionDate: '2005-04-01',
      declaredToOfpra: true,
    },
    {
      id: 'rami',
      relation: 'child',
      parentage: 'couple',
      birthDate: '2013-12-01',
      married: false,
      declaredToOfpra: true,
    },
    {
      id: 'lina',
      relation: 'child',
      parentage: 'couple',
      birthDate: '2010-06-01',
      married: false,
      declaredToOfpra: true,
    },
  ],
};
