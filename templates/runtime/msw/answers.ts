/**
 * The runtime of a package's `msw` entry, copied into every generated package as
 * `msw-runtime.gen.ts`: the modules of this folder, in the order `templates/runtime/runtime-files.ts`
 * lists, without their imports of each other (their imports of `msw` joined into one). Mock Service
 * Worker handlers that answer each operation with fake data made from its response schema.
 *
 * Fakes are deterministic per request: the seed is the operation and the request's method, path
 * and query, so a test sees the same body every run, and another page or ID gets another body.
 * Each fake is checked by the package's own validator of that response; a fake that fails (an
 * `allOf` or `oneOf` the generator cannot satisfy at the first try) is made again from the next
 * seed, and then from the spec's own examples, so a handler answers with a body that validates.
 * A response that streams is answered with a few events made and checked the same way.
 *
 * This module: what the generated `msw.gen.ts` writes, as data.
 */

/**
 * A schema as the faker reads it: the JSON Schema keywords that shape a value, with `ref` naming
 * an entry of the package's schema table, and `samples`: strings that match `pattern`, worked out
 * at generation time through the validators' own pattern parser.
 */
export interface FakeSchema {
  readonly ref?: string;
  readonly types?: readonly string[];
  readonly enum?: readonly unknown[];
  readonly const?: { readonly value: unknown };
  readonly examples?: readonly unknown[];
  readonly format?: string;
  readonly samples?: readonly string[];
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly multipleOf?: number;
  readonly properties?: Readonly<Record<string, FakeSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: FakeSchema | false;
  readonly minProperties?: number;
  readonly maxProperties?: number;
  readonly items?: FakeSchema | false;
  readonly prefixItems?: readonly FakeSchema[];
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly uniqueItems?: boolean;
  readonly allOf?: readonly FakeSchema[];
  readonly anyOf?: readonly FakeSchema[];
  readonly oneOf?: readonly FakeSchema[];
  /** A tagged union: the tag property, and the value each alternative (by index) gives it, or null. */
  readonly tag?: { readonly property: string; readonly values: readonly (string | number | boolean | null)[] };
  /** `false`: no value validates. */
  readonly never?: true;
  /**
   * The faker's own, never in the table: the unions of an `allOf`'s other members, each taken in
   * turn once the schema's own union is chosen (a value takes an alternative of every one).
   */
  readonly then?: readonly FakeSchema[];
}

export type FakeSchemas = Readonly<Record<string, FakeSchema>>;

/** The validator of a response body: the issues it finds (none when valid). */
export type BodyCheck = (value: unknown, mode: 'strict' | 'lenient') => readonly unknown[];

/**
 * The check of one status in an operation's validators (its `responses` or `events`). A call where
 * `responses?.['200']` would do: every optional chain at a module's top level is a branch tsc walks
 * back through at each later reference, and past about a thousand of them it refuses the module
 * ("too large for control flow analysis"): GitHub Enterprise Cloud's 1,471 operations did.
 */
export function checkOf(
  checks: Readonly<Record<string, BodyCheck>> | undefined,
  status: string,
): BodyCheck | undefined {
  return checks?.[status];
}

/** What an operation's handler answers with: a declared status, and its body's media type and schema. */
export interface MockAnswer {
  readonly status: number;
  readonly mediaType?: string;
  readonly schema?: FakeSchema;
  /** Success bodies given in the spec, tried when made-up ones do not validate. */
  readonly examples?: readonly unknown[];
  readonly check?: BodyCheck | undefined;
  /** The operation's next declared success, answered when no body of this one validates. */
  readonly next?: MockAnswer;
  /** A response that streams (an event stream, JSON lines): answered when there is no body, or when asked for. */
  readonly events?: MockEvents;
}

/**
 * The events of a streamed response, made up as bodies are and checked as the client reads them:
 * `json`, each event's data JSON; `text`, text; `lines`, one JSON value per line; `named`, the schema
 * describes the whole event (`{ event, data }`), and the data of the `jsonEvents` is JSON.
 */
export interface MockEvents {
  readonly mediaType: string;
  readonly kind: 'json' | 'text' | 'lines' | 'named';
  readonly schema?: FakeSchema;
  readonly jsonEvents?: readonly string[];
  readonly examples?: readonly unknown[];
  readonly check?: BodyCheck | undefined;
}
