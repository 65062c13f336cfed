/**
 * Validator throughput: specforge's generated Standard Schema validator vs ajv 8 (compiled from the
 * same spec), zod 4 (the equivalent schema by hand: the same `z.object` hey-api's zod plugin emits
 * for it; with and without zod's eval-based JIT) and a hand-written check, on a Journyx
 * `UserModifiableFields` with 20 custom fields: valid, invalid deep inside, invalid enum.
 *
 * Micro-benchmarks lie easily, so: every result is consumed, several distinct inputs are rotated,
 * each implementation is warmed up, and implementations are interleaved over several rounds; the
 * table gives the median ops/s and the spread (min–max) of the per-round ratios.
 *
 * A second input asserts every format specforge asserts (date, date-time, time, email, uuid, uri,
 * ipv4, ipv6, int32, int64), against ajv with ajv-formats: a user with those fields, an enum, a
 * readOnly list and 20 custom fields each carrying a date. Its validators are generated here, from
 * the spec below, into bench/.work/.
 *
 * A third measures the cost of tracking mode: an object of small unions, generated alone and beside
 * one `unevaluatedProperties` elsewhere in the spec (which puts every check of the module in it).
 *
 * Run: npm run bench (or: npx tsx bench/validators.ts). Writes the "validators" section of bench/results.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { z } from 'zod';
import { generate } from '../generator/index.js';
import { writeSection } from './report.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 7);
const ROUND_MS = Number(process.env['BENCH_ROUND_MS'] ?? 250);

// Inputs: K distinct users with 20 custom fields each.
function user(seed: number): Record<string, unknown> {
  const custom: Record<string, unknown> = {};
  for (let i = 0; i < 20; i++) {
    const id = (seed * 100 + i).toString(16).toUpperCase().padStart(32, '0');
    custom[id] = {
      id_attr_type: id,
      attr_type: i % 2 ? 'STRING_100' : 'ENUM_STRING_20',
      description: `Field ${i}`,
      pname: `Field ${i}`,
      id_attr_type_uri: `/api/v1/custom_fields/${id}`,
      value: `value ${seed}-${i}`,
    };
  }
  return {
    user_login: `user${seed}@example.com`,
    fullname: `User ${seed}`,
    status: 'Loggable and Reportable',
    status_code: 'lr',
    groups: ['5088C427E8B64EBEBE1C5B5961DB1902', '3553F715A6F54DAB95D0D25B08468195'],
    group_names: [{ id: '5088C427E8B64EBEBE1C5B5961DB1902', pname: 'Sales' }],
    is_hidden: false,
    hidden: false,
    roles: ['employee'],
    timerecs_in: 3,
    time_period: 'default_weekly',
    custom_fields: custom,
  };
}
const K = 8;
// As a client validates them: parsed from a response body. V8 gives parsed objects fast
// properties; the same user built in code has its 20 custom-field keys added one by one, which
// turns that map into a dictionary, 10× slower to enumerate for every implementation (measured:
// Object.keys of it ~330 ns vs ~25 ns parsed). Both are measured; the goals are judged on both.
const builtInCode = Array.from({ length: K }, (_, i) => user(i));
const valid = builtInCode.map((u) => JSON.parse(JSON.stringify(u)) as Record<string, unknown>);
const invalidDeep = valid.map((u, i) => {
  const copy = JSON.parse(JSON.stringify(u)) as { custom_fields: Record<string, { value: unknown }> };
  const keys = Object.keys(copy.custom_fields);
  copy.custom_fields[keys[(i * 7) % keys.length]!]!.value = 42; // must be string or null
  return copy;
});
const invalidEnum = valid.map(
  (u) => JSON.parse(JSON.stringify({ ...u, status_code: 'zz' })) as Record<string, unknown>,
);

type Generated = {
  schemas: Record<string, { is(v: unknown): boolean; '~standard': { validate(v: unknown): { issues?: unknown } } }>;
};

/**
 * Generates the validators of `spec` (a file, or a document written to one) into bench/.work/<name>, and loads them.
 */
async function generated(name: string, spec: string | object): Promise<Generated> {
  const work = path.join(ROOT, 'bench/.work', name);
  mkdirSync(work, { recursive: true });
  const file = typeof spec === 'string' ? spec : path.join(work, 'openapi.json');
  if (typeof spec !== 'string') writeFileSync(file, JSON.stringify(spec));
  await generate({ spec: file, out: path.join(work, 'package') });
  return (await import(path.join(work, 'package/index.ts'))) as Generated;
}

// The schema measured: Journyx's UserModifiableFields as it was when the zod and hand-written
// mirrors below were written (bench/inputs/), so that spec changes do not move the bench's input.
const USER_SPEC = path.join(ROOT, 'bench/inputs/journyx-user.openapi.json');
const journyx = await generated('journyx-user', USER_SPEC);

// specforge: Standard Schema validate (builds issues with paths).
const specforge = (v: unknown): boolean =>
  journyx.schemas['UserModifiableFields']!['~standard'].validate(v).issues === undefined;

// ajv, compiled from the same spec.
const doc = JSON.parse(readFileSync(USER_SPEC, 'utf8')) as object;
const ajv = new Ajv2020({ strict: false });
ajv.addSchema(doc, 'doc');
const ajvCheck = ajv.compile({ $ref: 'doc#/components/schemas/UserModifiableFields' });
const ajvFn = (v: unknown): boolean => ajvCheck(v) as boolean;

// zod 4: the same schema by hand.
const journyxId = z.string().regex(/^[0-9A-Fa-f]{32}$/);
const customFieldValue = z.object({
  id_attr_type: z.string().optional(),
  attr_type: z.string().optional(),
  description: z.string().optional(),
  pname: z.string().optional(),
  id_attr_type_uri: z.string().optional(),
  value: z.string().nullable().optional(),
});
const zodUser = z.object({
  custom_fields: z.record(z.string(), customFieldValue).optional(),
  group_names: z
    .array(z.object({ id: journyxId.optional(), pname: z.string().optional(), uri: z.string().optional() }))
    .optional(),
  groups: z.array(journyxId).optional(),
  is_hidden: z.boolean().optional(),
  hidden: z.boolean().optional(),
  status: z.enum(['Hidden', 'Loggable and Reportable', 'Reportable Only']).optional(),
  status_code: z.enum(['lr', 'ro', 'h']).optional(),
  user_login: z.string(),
  fullname: z.string(),
  u_comment: z.string().optional(),
  default_memorized_sheet: z.string().optional(),
  dropdownthreshold: z.number().int().optional(),
  hide: z.boolean().optional(),
  expire_new_pw: z.boolean().optional(),
  new_pw: z.string().optional(),
  new_pw2: z.string().optional(),
  roles: z.array(z.string()).optional(),
  timerecs_in: z.number().int().optional(),
  time_period: z.string().optional(),
  expense_period: z.string().optional(),
  custom_period: z.string().optional(),
  expense_gui: z.string().optional(),
  time_gui: z.string().optional(),
  travel_gui: z.string().optional(),
});
const zodFn = (v: unknown): boolean => zodUser.safeParse(v).success;
// zod 4 compiles object schemas with `new Function` when it can; where eval is forbidden (a strict
// CSP, Cloudflare Workers and other edge runtimes) it falls back to this interpreted path.
// specforge's validators are plain code and need no eval, so both are fair comparisons.
const zodJitless = (v: unknown): boolean => zodUser.safeParse(v, { jitless: true }).success;

// Hand-written: the checks a careful person would write, returning a boolean.
const ID = /^[0-9A-Fa-f]{32}$/;
const isStr = (v: unknown) => v === undefined || typeof v === 'string';
function hand(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const u = v as Record<string, unknown>;
  if (typeof u['user_login'] !== 'string' || typeof u['fullname'] !== 'string') return false;
  const cf = u['custom_fields'];
  if (cf !== undefined) {
    if (typeof cf !== 'object' || cf === null || Array.isArray(cf)) return false;
    for (const k of Object.keys(cf)) {
      const f = (cf as Record<string, unknown>)[k];
      if (typeof f !== 'object' || f === null || Array.isArray(f)) return false;
      const x = f as Record<string, unknown>;
      if (
        !isStr(x['id_attr_type']) ||
        !isStr(x['attr_type']) ||
        !isStr(x['description']) ||
        !isStr(x['pname']) ||
        !isStr(x['id_attr_type_uri'])
      )
        return false;
      if (x['value'] !== undefined && x['value'] !== null && typeof x['value'] !== 'string') return false;
    }
  }
  const groups = u['groups'];
  if (groups !== undefined && (!Array.isArray(groups) || !groups.every((g) => typeof g === 'string' && ID.test(g))))
    return false;
  const names = u['group_names'];
  if (names !== undefined) {
    if (!Array.isArray(names)) return false;
    for (const n of names) {
      if (typeof n !== 'object' || n === null) return false;
      if ((n.id !== undefined && !(typeof n.id === 'string' && ID.test(n.id))) || !isStr(n.pname) || !isStr(n.uri))
        return false;
    }
  }
  const sc = u['status_code'];
  if (sc !== undefined && sc !== 'lr' && sc !== 'ro' && sc !== 'h') return false;
  const st = u['status'];
  if (st !== undefined && st !== 'Hidden' && st !== 'Loggable and Reportable' && st !== 'Reportable Only') return false;
  for (const b of ['is_hidden', 'hidden', 'hide', 'expire_new_pw'])
    if (u[b] !== undefined && typeof u[b] !== 'boolean') return false;
  for (const i of ['dropdownthreshold', 'timerecs_in']) if (u[i] !== undefined && !Number.isInteger(u[i])) return false;
  for (const s of [
    'u_comment',
    'default_memorized_sheet',
    'new_pw',
    'new_pw2',
    'time_period',
    'expense_period',
    'custom_period',
    'expense_gui',
    'time_gui',
    'travel_gui',
  ])
    if (!isStr(u[s])) return false;
  const roles = u['roles'];
  if (roles !== undefined && (!Array.isArray(roles) || !roles.every((r) => typeof r === 'string'))) return false;
  return true;
}

const implementations = {
  'hand-written': hand,
  specforge,
  'ajv 8 (compiled)': ajvFn,
  'zod 4': zodFn,
  'zod 4 (jitless, no eval)': zodJitless,
} as const;
type Name = keyof typeof implementations;
const inputs = {
  valid,
  'invalid-deep': invalidDeep,
  'invalid-enum': invalidEnum,
  'valid, built in code': builtInCode,
} as const;
const isValid = (kind: string) => kind.startsWith('valid');

type Fn = (v: unknown) => boolean;

/** Every implementation must give the expected answer on every input before it is timed. */
function checkAnswers(fns: Record<string, Fn>, sets: Record<string, readonly unknown[]>): void {
  for (const [name, fn] of Object.entries(fns)) {
    for (const [kind, list] of Object.entries(sets)) {
      for (const v of list) if (fn(v) !== isValid(kind)) throw new Error(`${name} answers wrongly on ${kind}`);
    }
  }
}

let sink = 0;
function opsPerSecond(fn: Fn, list: readonly unknown[], ms: number): number {
  let n = 0;
  const end = performance.now() + ms;
  while (performance.now() < end) {
    for (let i = 0; i < 64; i++) sink += fn(list[(n + i) % list.length]) ? 1 : 0;
    n += 64;
  }
  return n / (ms / 1000);
}

/** ops/s per input and implementation: warm-up, then ROUNDS interleaved rounds (order flips each round). */
function measure<N extends string>(
  fns: Record<N, Fn>,
  sets: Record<string, readonly unknown[]>,
): Record<string, Record<N, number[]>> {
  checkAnswers(fns, sets);
  const names = Object.keys(fns) as N[];
  const out: Record<string, Record<N, number[]>> = {};
  for (const [kind, list] of Object.entries(sets)) {
    for (const name of names) opsPerSecond(fns[name], list, 200); // warm up
    out[kind] = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<N, number[]>;
    for (let r = 0; r < ROUNDS; r++) {
      const order = r % 2 ? [...names].reverse() : names;
      for (const name of order) out[kind]![name].push(opsPerSecond(fns[name], list, ROUND_MS));
    }
  }
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ratios = (a: number[], b: number[]) => a.map((x, i) => x / b[i]!);
const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(2));
const spread = (xs: number[]) =>
  `${median(xs).toFixed(2)} (${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)})`;
/** A goal judged on the worst round, so that noise cannot flip the answer. */
const verdict = (xs: number[], goal: number) => `${Math.min(...xs).toFixed(2)} ${Math.min(...xs) >= goal ? '✓' : '✗'}`;

const names = Object.keys(implementations) as Name[];
const results = measure(implementations, inputs);

const lines = [
  '## Validators: ops/s on a Journyx user with 20 custom fields',
  '',
  `Input: Journyx \`UserModifiableFields\` (as frozen in bench/inputs/) with 20 custom fields, ${K} distinct ` +
    `objects rotated; ${ROUNDS} interleaved rounds of ${ROUND_MS} ms.`,
  'Inputs are parsed JSON, as a client validates a response; "built in code" is the same valid user assembled ' +
    'key by key, whose custom-field map V8 keeps as a dictionary (slower to walk for every implementation).',
  'specforge is measured through its Standard Schema `validate` (issues with paths are built); ajv and zod also ' +
    'build their errors; the hand-written check returns a boolean.',
  '',
  '| input | implementation | ops/s (median) | ÷ hand-written, median (min–max) | specforge ÷ this, median (min–max) |',
  '|---|---|---|---|---|',
];
for (const kind of Object.keys(inputs)) {
  const r = results[kind]!;
  for (const name of names) {
    lines.push(
      `| ${kind} | ${name} | ${fmt(median(r[name]))} | ${spread(ratios(r[name], r['hand-written']))} | ` +
        `${name === 'specforge' ? '—' : spread(ratios(r.specforge, r[name]))} |`,
    );
  }
}
// The goals of issues #6, #9 and #26 (zod restated: 8×), judged on the worst round.
const goals: Array<[Name, number]> = [
  ['ajv 8 (compiled)', 1],
  ['zod 4', 8],
  ['zod 4 (jitless, no eval)', 8],
];
lines.push(
  '',
  '### Goals (issues #6, #9, #26): specforge ÷ peer in the worst round',
  '',
  `| input | ${goals.map(([n, g]) => `÷ ${n} (≥ ${g})`).join(' | ')} |`,
  `|---|${goals.map(() => '---|').join('')}`,
);
for (const kind of Object.keys(inputs)) {
  const r = results[kind]!;
  lines.push(`| ${kind} | ${goals.map(([n, g]) => verdict(ratios(r.specforge, r[n]), g)).join(' | ')} |`);
}

lines.push('', ...(await formatsSection()));
lines.push('', ...(await taggedUnionSection()));
lines.push('', ...(await trackingSection()));
lines.push('', `(checksum ${sink % 1000})`, '');
const table = lines.join('\n');
console.log(table);
writeSection('validators', table);

/**
 * The formats input: every asserted format, an enum, a readOnly list and a 20-entry map of custom
 * fields each with a date, as parsed JSON. specforge (generated from this spec with formats asserted,
 * its default) against ajv 8 with ajv-formats, compiled from the same spec; and specforge's `is`
 * (a boolean, no issues) beside its `~standard.validate`.
 */
async function formatsSection(): Promise<string[]> {
  const spec = {
    openapi: '3.1.0',
    info: { title: 'formats bench', version: '1' },
    paths: {},
    components: {
      schemas: {
        FormatsUser: {
          type: 'object',
          required: ['id', 'email', 'login', 'status', 'created_at'],
          properties: {
            id: { type: 'string', format: 'uuid' },
            email: { type: 'string', format: 'email' },
            login: { type: 'string' },
            birth_date: { type: 'string', format: 'date' },
            created_at: { type: 'string', format: 'date-time' },
            shift_start: { type: 'string', format: 'time' },
            homepage: { type: 'string', format: 'uri' },
            last_ip: { type: 'string', format: 'ipv4' },
            last_ip6: { type: 'string', format: 'ipv6' },
            logins: { type: 'integer', format: 'int32' },
            bytes: { type: 'integer', format: 'int64' },
            status: { type: 'string', enum: ['active', 'inactive', 'hidden'] },
            roles: { type: 'array', readOnly: true, items: { type: 'string' } },
            custom_fields: { type: 'object', additionalProperties: { $ref: '#/components/schemas/CustomFieldValue' } },
          },
        },
        CustomFieldValue: {
          type: 'object',
          required: ['id_attr_type'],
          properties: {
            id_attr_type: { type: 'string' },
            attr_type: { type: 'string' },
            value: { type: ['string', 'null'] },
            changed_on: { type: 'string', format: 'date' },
          },
        },
      },
    },
  };
  const user = (await generated('formats', spec)).schemas['FormatsUser']!;

  const formatsUser = (seed: number): Record<string, unknown> => {
    const custom: Record<string, unknown> = {};
    for (let i = 0; i < 20; i++) {
      const id = (seed * 100 + i).toString(16).toUpperCase().padStart(32, '0');
      custom[id] = {
        id_attr_type: id,
        attr_type: 'STRING_100',
        value: `value ${seed}-${i}`,
        changed_on: `2024-0${1 + (i % 9)}-${10 + i}`,
      };
    }
    const hex = (seed + 10).toString(16).padStart(12, '0');
    return {
      id: `2eb8aa08-aa98-11ea-b4aa-${hex}`,
      email: `user.${seed}@mail.example.com`,
      login: `user${seed}`,
      birth_date: `19${70 + seed}-0${1 + seed}-1${seed}`,
      created_at: `2024-03-1${seed}T09:3${seed}:00.123+01:00`,
      shift_start: `0${seed}:30:00Z`,
      homepage: `https://example.com/users/${seed}?tab=profile`,
      last_ip: `192.168.${seed}.${seed * 10 + 1}`,
      last_ip6: `2001:db8::${seed}:1`,
      logins: 1000 + seed,
      bytes: 2 ** 40 + seed,
      status: 'active',
      roles: ['employee', 'approver'],
      custom_fields: custom,
    };
  };
  const parsed = (v: unknown) => JSON.parse(JSON.stringify(v)) as Record<string, any>;
  const good = Array.from({ length: K }, (_, i) => parsed(formatsUser(i)));
  const sets = {
    valid: good,
    // A custom field's date that does not exist, deep in the map.
    'invalid-deep': good.map((u, i) => {
      const c = parsed(u);
      const keys = Object.keys(c['custom_fields']);
      c['custom_fields'][keys[(i * 7) % keys.length]!].changed_on = '2024-02-30';
      return c;
    }),
    'invalid-enum': good.map((u) => parsed({ ...u, status: 'zz' })),
    // Each input breaks a different format, so every check's failure path is timed.
    'invalid-format': good.map((u, i) => {
      const broken: Array<[string, unknown]> = [
        ['email', 'user@@example.com'],
        ['created_at', '2024-03-10T09:30:00+25:00'],
        ['id', '2eb8aa08-aa98-11ea-b4aa'],
        ['homepage', 'https://exa mple.com/'],
        ['last_ip', '192.168.1.256'],
        ['last_ip6', '2001:db8:::1'],
        ['shift_start', '25:00:00Z'],
        ['logins', 2 ** 31],
      ];
      const [k, v] = broken[i % broken.length]!;
      return parsed({ ...u, [k]: v });
    }),
  } as const;

  const ajvFormats = new Ajv2020({ strict: false });
  (addFormatsModule as unknown as { default?: (a: unknown) => void }).default?.(ajvFormats) ??
    (addFormatsModule as unknown as (a: unknown) => void)(ajvFormats);
  ajvFormats.addSchema(spec, 'formats');
  const ajvCompiled = ajvFormats.compile({ $ref: 'formats#/components/schemas/FormatsUser' });
  const fns = {
    'specforge validate': (v: unknown) => user['~standard'].validate(v).issues === undefined,
    'specforge is': (v: unknown) => user.is(v),
    'ajv 8 + ajv-formats (compiled)': (v: unknown) => ajvCompiled(v) as boolean,
  };
  const r = measure(fns, sets);
  const out = [
    '## Validators with formats asserted: ops/s',
    '',
    `Input: a user with every asserted format (uuid, email, date, date-time, time, uri, ipv4, ipv6, int32, ` +
      `int64), an enum, a readOnly list and 20 custom fields each with a \`format: date\`, as parsed JSON; ${K} ` +
      `distinct objects rotated; ${ROUNDS} interleaved rounds of ${ROUND_MS} ms.`,
    "The invalid inputs: a custom field's impossible date deep in the map; an enum value; a broken format (each " +
      'object breaks a different one).',
    '',
    '| input | implementation | ops/s (median) | specforge validate ÷ this, median (min–max) |',
    '|---|---|---|---|',
  ];
  out.push(...ratioRows(r, Object.keys(fns) as Array<keyof typeof fns>, 'specforge validate'));
  out.push(
    '',
    '### Goals (issue #26), worst round',
    '',
    '| input | validate ÷ ajv + formats (≥ 1.0) | validate ÷ is (≥ 0.9, valid input) |',
    '|---|---|---|',
  );
  for (const kind of Object.keys(sets)) {
    const v = r[kind]!;
    out.push(
      `| ${kind} | ${verdict(ratios(v['specforge validate'], v['ajv 8 + ajv-formats (compiled)']), 1)} | ` +
        `${kind === 'valid' ? verdict(ratios(v['specforge validate'], v['specforge is']), 0.9) : '—'} |`,
    );
  }
  return out;
}

/**
 * The tagged-union input: a stream event, one of 40 variants told apart by a `const` tag and no
 * discriminator, as OpenAI's `ResponseStreamEvent` is written (57 variants there). specforge checks
 * a value by the variant its tag names; ajv tries the `oneOf` alternatives in turn; zod 4 is given
 * its `discriminatedUnion`, what a zod user would write.
 */
async function taggedUnionSection(): Promise<string[]> {
  const VARIANTS = 40;
  const variant = (i: number) => ({
    type: 'object',
    required: ['type', 'item_id', 'sequence_number', 'delta'],
    properties: {
      type: { const: `response.part_${i}.delta` },
      item_id: { type: 'string' },
      sequence_number: { type: 'integer' },
      delta: { type: 'string' },
      logprobs: { type: 'array', items: { type: 'number' } },
    },
  });
  const spec = {
    openapi: '3.1.0',
    info: { title: 'tagged union bench', version: '1' },
    paths: {},
    components: { schemas: { StreamEvent: { oneOf: Array.from({ length: VARIANTS }, (_, i) => variant(i)) } } },
  };
  const event = (await generated('tagged-union', spec)).schemas['StreamEvent']!;
  const ajvCompiled = new Ajv2020({ strict: false }).compile(spec.components.schemas.StreamEvent);
  const zodEvent = z.discriminatedUnion(
    'type',
    Array.from({ length: VARIANTS }, (_, i) =>
      z.object({
        type: z.literal(`response.part_${i}.delta`),
        item_id: z.string(),
        sequence_number: z.number().int(),
        delta: z.string(),
        logprobs: z.array(z.number()).optional(),
      }),
    ) as unknown as [z.ZodObject, ...z.ZodObject[]],
  );
  // Events spread over the variants, as parsed JSON; the invalid ones break a field of a known variant.
  const events = Array.from({ length: K }, (_, i) =>
    JSON.parse(
      JSON.stringify({
        type: `response.part_${(i * 5) % VARIANTS}.delta`,
        item_id: `msg_${i}`,
        sequence_number: i,
        delta: `chunk ${i}`,
        logprobs: [0.5, 0.25],
      }),
    ),
  );
  const sets = { valid: events, 'invalid field': events.map((e) => ({ ...e, delta: 5 })) };
  const fns = {
    'specforge validate': (v: unknown) => event['~standard'].validate(v).issues === undefined,
    'ajv 8 (compiled)': (v: unknown) => ajvCompiled(v) as boolean,
    'zod 4 (discriminatedUnion)': (v: unknown) => zodEvent.safeParse(v).success,
  };
  const r = measure(fns, sets);
  const out = [
    '## Validators on a tagged union: ops/s',
    '',
    `Input: a stream event, one of ${VARIANTS} variants tagged by a \`const\` \`type\` (no discriminator, as ` +
      `OpenAI's ResponseStreamEvent), as parsed JSON; ${K} events of different variants rotated; the invalid ` +
      `ones have a number for a string field. ${ROUNDS} interleaved rounds of ${ROUND_MS} ms.`,
    '',
    '| input | implementation | ops/s (median) | specforge validate ÷ this, median (min–max) |',
    '|---|---|---|---|',
  ];
  out.push(...ratioRows(r, Object.keys(fns) as Array<keyof typeof fns>, 'specforge validate'));
  return out;
}

/**
 * Tracking mode: one `unevaluatedProperties` anywhere makes every check of the validators module take
 * the record of what it evaluated. The same object of unions (a nullable `$ref`, a oneOf of two
 * types, a list of either), from a spec without the keyword and from one with it elsewhere, and ajv.
 */
async function trackingSection(): Promise<string[]> {
  const ref = { $ref: '#/components/schemas/Plan' };
  const schemas = {
    Plan: {
      type: 'object',
      required: ['name', 'seats'],
      properties: { name: { type: 'string' }, seats: { type: 'integer', minimum: 1 } },
    },
    Account: {
      type: 'object',
      properties: {
        plan: { anyOf: [ref, { type: 'null' }] },
        kind: { oneOf: [{ type: 'string' }, { type: 'integer' }] },
        items: { type: 'array', items: { anyOf: [ref, { type: 'string' }] } },
      },
    },
  };
  // Closed over Plan: Plan's check records what it evaluated; Account's need not.
  const sealed = { allOf: [ref], properties: { note: { type: 'string' } }, unevaluatedProperties: false };
  const doc = (all: object) => ({
    openapi: '3.1.0',
    info: { title: 'tracking', version: '1' },
    paths: {},
    components: { schemas: all },
  });
  const plain = (await generated('tracking-off', doc(schemas))).schemas['Account']!;
  const tracked = (await generated('tracking-on', doc({ ...schemas, Sealed: sealed }))).schemas['Account']!;
  const ajvAccount = new Ajv2020({ strict: false })
    .addSchema(doc(schemas), 'doc')
    .compile({ $ref: 'doc#/components/schemas/Account' });
  const accounts = Array.from({ length: K }, (_, i) =>
    JSON.parse(
      JSON.stringify({
        plan: i % 3 ? { name: `p${i}`, seats: i + 1 } : null,
        kind: i % 2 ? `k${i}` : i,
        items: [{ name: 'a', seats: i + 1 }, `item ${i}`, { name: 'b', seats: 2 }],
      }),
    ),
  );
  const sets = { valid: accounts, 'invalid field': accounts.map((a) => ({ ...a, kind: true })) };
  const fns = {
    'specforge validate, tracking mode': (v: unknown) => tracked['~standard'].validate(v).issues === undefined,
    'specforge validate, no unevaluated* in the spec': (v: unknown) =>
      plain['~standard'].validate(v).issues === undefined,
    'ajv 8 (compiled)': (v: unknown) => ajvAccount(v) as boolean,
  };
  const r = measure(fns, sets);
  return [
    '## Validators in tracking mode: ops/s',
    '',
    'Input: an object of small unions (a nullable `$ref`, a `oneOf` of two types, a list of either), as parsed ' +
      `JSON, ${K} distinct objects rotated; generated from a spec without \`unevaluatedProperties\` and from one ` +
      "with it in another schema that includes `Plan` (`allOf`), which puts the module in tracking mode: `Plan`'s " +
      'check records what it evaluated; the invalid ones have a boolean for the oneOf. ' +
      `${ROUNDS} interleaved rounds of ${ROUND_MS} ms.`,
    '',
    '| input | implementation | ops/s (median) | tracking mode ÷ this, median (min–max) |',
    '|---|---|---|---|',
    ...ratioRows(r, Object.keys(fns) as Array<keyof typeof fns>, 'specforge validate, tracking mode'),
  ];
}

/** Table rows: per input and implementation, ops/s and `base` ÷ it (median, min–max over the rounds). */
function ratioRows<N extends string>(r: Record<string, Record<N, number[]>>, names: readonly N[], base: N): string[] {
  return Object.entries(r).flatMap(([kind, byName]) =>
    names.map(
      (name) =>
        `| ${kind} | ${name} | ${fmt(median(byName[name]))} | ` +
        `${name === base ? '—' : spread(ratios(byName[base], byName[name]))} |`,
    ),
  );
}
