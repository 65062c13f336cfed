/**
 * What walking a map of 20 custom fields costs before any check runs: the floor under the
 * validators bench's "valid, built in code" input. Each way a validator can enumerate a plain
 * object's own values, on the map as JSON.parse gives it (fast properties) and as a program builds
 * it key by key (V8 keeps that one as a dictionary).
 *
 * Run: npx tsx bench/map-enumeration.ts. Prints ns per map (median of 5 rounds); bench/README.md
 * ("A floor under the built-in-code input") uses these figures.
 */
const SIZE = 20;
function builtInCode(seed: number): Record<string, { v: string }> {
  const map: Record<string, { v: string }> = {};
  for (let i = 0; i < SIZE; i++)
    map[(seed * 100 + i).toString(16).toUpperCase().padStart(32, '0')] = { v: `value ${i}` };
  return map;
}
const built = Array.from({ length: 8 }, (_, i) => builtInCode(i));
const parsed = built.map((m) => JSON.parse(JSON.stringify(m)) as Record<string, { v: string }>);

type Walk = (map: Record<string, { v: string }>) => number;
const walks: Record<string, Walk> = {
  'Object.keys only': (map) => Object.keys(map).length,
  'Object.keys + reads': (map) => {
    let n = 0;
    const keys = Object.keys(map);
    for (let i = 0; i < keys.length; i++) n += map[keys[i]!]!.v.length;
    return n;
  },
  'for…in + reads': (map) => {
    let n = 0;
    for (const k in map) if (Object.prototype.hasOwnProperty.call(map, k)) n += map[k]!.v.length;
    return n;
  },
  'Object.values': (map) => {
    let n = 0;
    const values = Object.values(map);
    for (let i = 0; i < values.length; i++) n += values[i]!.v.length;
    return n;
  },
};

let sink = 0;
function nsPerMap(walk: Walk, maps: readonly Record<string, { v: string }>[]): number {
  const runs = 200_000;
  const start = performance.now();
  for (let i = 0; i < runs; i++) sink += walk(maps[i & 7]!);
  return ((performance.now() - start) * 1e6) / runs;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// Every walk sees both kinds of map first, as a validator does.
for (const walk of Object.values(walks)) for (const maps of [built, parsed]) nsPerMap(walk, maps);
console.log(`| walk over ${SIZE} entries | parsed (ns) | built in code (ns) |\n|---|---|---|`);
for (const [name, walk] of Object.entries(walks)) {
  const fast: number[] = [];
  const dictionary: number[] = [];
  for (let round = 0; round < 5; round++) {
    fast.push(nsPerMap(walk, parsed));
    dictionary.push(nsPerMap(walk, built));
  }
  console.log(`| ${name} | ${median(fast).toFixed(0)} | ${median(dictionary).toFixed(0)} |`);
}
console.log(`(checksum ${sink % 997})`);
