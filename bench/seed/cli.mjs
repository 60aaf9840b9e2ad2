#!/usr/bin/env node
// `npm run bench:seed -- --orgs N --leads N --communications N [--hot N] [--seed S]`
import { parseSeedOptions, SEED_USAGE } from '../lib/options.mjs';
import { seedDatabase } from './seed-database.mjs';

const options = parseSeedOptions(process.argv.slice(2));
if (options.help) {
  process.stdout.write(`${SEED_USAGE}\n`);
  process.exit(0);
}
const started = Date.now();
const result = await seedDatabase(options, (line) => process.stdout.write(`${line}\n`));
process.stdout.write(
  `${result.reused ? 'reused' : 'seeded'} in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
    `hot lead ${result.seed.hotLeadId}; details in bench/.seed.json\n`,
);
