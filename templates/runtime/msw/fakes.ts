/** `fakes`: a factory per named schema, each value checked by the schema's validator. */
import type { FakeSchemas, MockAnswer } from './answers.js';
import { fakeFailure, validFake, type FakeShape } from './faker.js';

/** A named schema's validator, as fakes read it (the package's `schemas`: Standard Schema validators). */
export interface SchemaValidator {
  issues(value: unknown, options?: { readonly lenient?: boolean }): readonly unknown[];
  readonly '~standard': { readonly types?: { readonly input: unknown } };
  /** The write (request) view's, where it differs. */
  readonly write?: SchemaValidator;
}

/**
 * Fake values of the package's named schemas, keyed as its `schemas` are: `fakes.User()`, or
 * `fakes.User(seed)` for another; the same seed gives the same value. Made as the handlers' bodies
 * are (the read view), and checked by the schema's validator; `fakes.User.write()` is a request
 * body (readOnly properties left out, writeOnly ones made), where the schema's views differ.
 * `fakes.User({ seed, minimal: true })` leaves out every optional property; `{ items: 50 }` makes
 * lists that long where the schema allows (a table's paging, a long list's layout). A schema no
 * value of which strict mode takes (a loose `oneOf` whose every value matches two alternatives) gets
 * what lenient mode takes, as its handlers answer: a value of the type, as its server would send.
 * `fakes.User({ overrides: { role: 'admin' } })` is a fake with those values in place, checked whole.
 */
export type Fakes<S> = { readonly [K in keyof S]: FakeOf<S[K]> };

/**
 * What a fake factory takes: a seed, or a seed with the fake's size (`FakeShape`) and `overrides`:
 * values the fake must have (a test's fixture: `{ role: 'admin', manager: null }`), merged into it
 * deep, object by object; a list replaces the fake's list whole, and `undefined` leaves a property
 * out. The result is checked by the schema's validator like any fake: where the overrides pick one
 * alternative of a union, the seeds are tried until the fake is of that alternative too.
 */
export interface FakeOptions<T = unknown> extends FakeShape {
  readonly seed?: number;
  readonly overrides?: FakeOverrides<T>;
}

/** Any part of a value, deep; a list is given whole. */
export type FakeOverrides<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { readonly [K in keyof T]?: FakeOverrides<T[K]> | undefined }
    : T;

/** A schema's factory, and its write view's where the validator has one. */
type FakeOf<V> = ((seed?: number | FakeOptions<InputOf<V>>) => InputOf<V>) &
  (V extends { readonly write: infer W }
    ? { readonly write: (seed?: number | FakeOptions<InputOf<W>>) => InputOf<W> }
    : unknown);

/** What a Standard Schema validator takes: the schema's type as JSON has it. */
type InputOf<V> = V extends { readonly '~standard': { readonly types?: { readonly input: infer In } } } ? In : never;

/**
 * `fakes`: a factory per named schema, from the fake schema table and the schemas' validators. An
 * ID pair is the schema's read and write entries in the table.
 */
export function fakeFactories<S extends Readonly<Record<string, SchemaValidator>>>(
  schemas: FakeSchemas,
  ids: { readonly [K in keyof S]: string | readonly [string, string] },
  validators: S,
): Fakes<S> {
  const fakes = {};
  for (const [name, id] of Object.entries<string | readonly [string, string]>(ids)) {
    const [read, write] = typeof id === 'string' ? [id] : id;
    const validator = validators[name];
    const make = factory(name, read, validator, schemas);
    if (write !== undefined)
      Object.defineProperty(make, 'write', { value: factory(`${name}.write`, write, validator?.write, schemas) });
    // Defined, not assigned: a schema named `__proto__` is a key like any other.
    Object.defineProperty(fakes, name, { value: make, enumerable: true });
  }
  return fakes as Fakes<S>;
}

/** Makes values of one table entry, each checked by the validator: the same per seed. */
function factory(
  name: string,
  id: string,
  validator: SchemaValidator | undefined,
  schemas: FakeSchemas,
): (seed?: number | FakeOptions) => unknown {
  const check: MockAnswer['check'] =
    validator && ((value, mode) => validator.issues(value, { lenient: mode === 'lenient' }));
  return (options = 0) => {
    const given: FakeOptions = typeof options === 'number' ? { seed: options } : options;
    const { seed = 0, overrides, ...shape } = given;
    const final = (value: unknown): unknown => (overrides === undefined ? value : merged(value, overrides));
    // The check sees the fake as it will be returned, overrides in place.
    const answer: MockAnswer = {
      status: 200,
      schema: { ref: id },
      check: check && ((v, mode) => check(final(v), mode)),
    };
    const fake = validFake(answer, schemas, seed, shape);
    if (!fake) {
      const why = fakeFailure(answer, schemas, seed);
      const what = overrides === undefined ? name : `${name} with these overrides`;
      throw new Error(`specforge msw: no fake ${what} passes its validator (${why})`);
    }
    return final(fake.value);
  };
}

/**
 * `overrides` merged into `value`: objects key by key, deep; anything else (a list, a primitive,
 * null) replaces what is there; `undefined` removes the key. Keys are defined, never assigned, so
 * that an override's `__proto__` key is a property like any other, not the result's prototype.
 */
function merged(value: unknown, overrides: unknown): unknown {
  if (!isRecord(overrides) || !isRecord(value)) return overrides;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) define(out, key, value[key]);
  for (const key of Object.keys(overrides)) {
    if (overrides[key] === undefined) delete out[key];
    else define(out, key, merged(Object.hasOwn(out, key) ? out[key] : undefined, overrides[key]));
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
