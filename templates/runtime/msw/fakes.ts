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
 */
export type Fakes<S> = { readonly [K in keyof S]: FakeOf<S[K]> };

/** What a fake factory takes: a seed, or a seed with the fake's size (`FakeShape`). */
export interface FakeOptions extends FakeShape {
  readonly seed?: number;
}

/** A schema's factory, and its write view's where the validator has one. */
type FakeOf<V> = ((seed?: number | FakeOptions) => InputOf<V>) &
  (V extends { readonly write: infer W } ? { readonly write: (seed?: number | FakeOptions) => InputOf<W> } : unknown);

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
  const answer: MockAnswer = {
    status: 200,
    schema: { ref: id },
    check: validator && ((value, mode) => validator.issues(value, { lenient: mode === 'lenient' })),
  };
  return (options = 0) => {
    const { seed = 0, ...shape } = typeof options === 'number' ? { seed: options } : options;
    const fake = validFake(answer, schemas, seed, shape);
    if (!fake) {
      const why = fakeFailure(answer, schemas, seed);
      throw new Error(`specforge msw: no fake ${name} passes its validator (${why})`);
    }
    return fake.value;
  };
}
