/** What the workspace tests share: a family, its dates, and backends to run them on. */
import { readFileSync } from 'node:fs';

export const SITUATION = JSON.parse(
  readFileSync('tests/contract-examples/03-refugee-spouse-and-children.situation.json', 'utf8'),
) as { members: { id: string }[] };

/** The visa was asked for: the deadlines of the silence and of the appeal follow. */
export const EVENTS = { decisionNotified: '2026-03-01', visaApplicationLodged: '2026-03-20' };

export const TODAY = '2026-04-01';

/** Words that must never appear in a dump of the database. */
export const SECRET_WORDS = {
  spouse: 'Zainabkhatun Alqudsiya',
  sponsor: 'Yusufbek Qaraqalpaq',
  address: '17 rue des Tilleulsecrets',
  note: 'Appelée le mardi, craint pour sa soeur',
};

export const newCase = () => ({
  situation: SITUATION,
  events: EVENTS,
  names: { spouse: SECRET_WORDS.spouse },
  sponsor: { name: SECRET_WORDS.sponsor, address: SECRET_WORDS.address },
  note: SECRET_WORDS.note,
});

export const PASSWORD = 'correct horse battery staple';
