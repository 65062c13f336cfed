// The long fuzz budget: random seed (printed, so a failure can be replayed with FUZZ_SEED=…).
import { spawnSync } from 'node:child_process';

const seed = process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
const env = {
  ...process.env,
  FUZZ_SEED: seed,
  FUZZ_SCHEMAS: process.env.FUZZ_SCHEMAS ?? '400',
  FUZZ_VALUES: process.env.FUZZ_VALUES ?? '300',
  FUZZ_RUNS: process.env.FUZZ_RUNS ?? '300',
};
console.log(`fuzz seed ${seed} (replay: FUZZ_SEED=${seed} npm run fuzz)`);
const r = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    'test/validators/differential.test.ts',
    'test/validators/types-agree.test.ts',
    'test/validators/discriminator-property.test.ts',
    'test/hostile',
  ],
  { stdio: 'inherit', env },
);
process.exit(r.status ?? 1);
