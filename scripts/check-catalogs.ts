/** Prints the catalog problems of the languages given (all by default): `npx tsx scripts/check-catalogs.ts ar ti`. */
import { checkCatalog } from '../src/lib/i18n/check';
import { isLocale, LOCALES } from '../src/lib/i18n/locales';

const asked = process.argv.slice(2);
const locales = asked.length ? asked.filter(isLocale) : [...LOCALES];
let count = 0;
for (const locale of locales) {
  const problems = checkCatalog(locale);
  count += problems.length;
  for (const p of problems) console.log(`${p.locale}/${p.area}.json ${p.key}: ${p.problem}`);
  console.log(`${locale}: ${problems.length} problem(s)`);
}
process.exitCode = count ? 1 : 0;
