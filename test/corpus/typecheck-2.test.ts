/** The second half of the corpus type-check (typecheck-shard.ts). */
import { typeCheckShard } from './typecheck-shard.js';

typeCheckShard(1, 2);
