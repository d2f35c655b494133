/** Writes docs/contract.md from the fact registry: `npm run contract:doc`. */
import { writeFileSync } from 'node:fs';
import { REGISTRY } from '../src/lib/law/facts';
import { contractDocument } from './contract/document';

writeFileSync(new URL('../docs/contract.md', import.meta.url), await contractDocument(REGISTRY));
