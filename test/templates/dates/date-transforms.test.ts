/**
 * templates/dates/date-transforms.ts: the functions that turn response date-times into `Date`s,
 * compiled for a schema and run on a value.
 */
import { transformSync } from 'esbuild';
import { expect, it } from 'vitest';
import { analyse } from '../../../generator/analyse/analyse.js';
import { planNames } from '../../../generator/plan/plan.js';
import { DateTransformCompiler } from '../../../templates/dates/date-transforms.js';
import { toDate } from '../../../templates/runtime/client/headers.js';
import { specWithSchemas } from '../../support/fixtures.js';
import { modelOf } from '../../support/model.js';

const SCHEMAS = `Stamp: { type: string, format: date-time }
Day: { type: string, format: date }
Plain: { type: object, properties: { name: { type: string } } }
Event:
  type: object
  properties:
    at: { $ref: '#/components/schemas/Stamp' }
    day: { $ref: '#/components/schemas/Day' }
    log: { type: array, items: { type: string, format: date-time } }
    byUser: { type: object, additionalProperties: { type: string, format: date-time } }
    parent: { $ref: '#/components/schemas/Event' }
    either: { oneOf: [{ type: string, format: date-time }, { type: integer }] }`;

async function setup() {
  const { model } = await modelOf(specWithSchemas(SCHEMAS));
  const compiler = new DateTransformCompiler(planNames(analyse(model), { dates: 'Date' }));
  const id = (name: string) => model.schemas.find((s) => s.rawName === name)!.id;
  return { compiler, id };
}

/** The compiled functions, run: `fn(value)` converts in place and returns the value. */
function load(compiler: DateTransformCompiler, name: string): (v: unknown) => any {
  const source = compiler.declarations.map((d) => d.text.replace(/^export /, '')).join('\n');
  const js = transformSync(`${source}\nreturn ${name};`, { loader: 'ts' }).code;
  return new Function('toDate', js)(toDate);
}

it('gives nothing for a schema without a date-time (a `date` is left alone), and toDate for a bare one', async () => {
  const { compiler, id } = await setup();
  expect(compiler.namedTransform(id('Plain'))).toBeUndefined();
  expect(compiler.namedTransform(id('Day'))).toBeUndefined();
  expect(compiler.transform({ kind: 'keywords', pointer: '#', types: ['string'], format: 'date-time' })?.text).toBe(
    'toDate',
  );
  expect(compiler.declarations).toEqual([]);
});

it('converts date-times in properties, arrays, maps, unions and through a recursive $ref', async () => {
  const { compiler, id } = await setup();
  const name = compiler.namedTransform(id('Event'))!.text;
  expect(compiler.namedTransform(id('Event'))!.text).toBe(name); // compiled once
  const event = load(
    compiler,
    name,
  )({
    at: '2026-01-02T03:04:05Z',
    day: '2026-01-02',
    log: ['2026-01-02T00:00:00Z', 'not a date'],
    byUser: { ann: '2026-01-03T00:00:00+01:00' },
    parent: { at: '2025-12-31T23:59:59Z' },
    either: 7,
  });
  expect(event.at).toEqual(new Date('2026-01-02T03:04:05Z'));
  expect(event.day).toBe('2026-01-02');
  expect(event.log[0]).toBeInstanceOf(Date);
  expect(event.log[1]).toBe('not a date');
  expect(event.byUser.ann).toEqual(new Date('2026-01-02T23:00:00Z'));
  expect(event.parent.at).toBeInstanceOf(Date);
  expect(event.either).toBe(7);
});
