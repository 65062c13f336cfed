/**
 * SchemaNode → straight-line validation functions (JSON Schema 2020-12 plus OpenAPI's
 * `discriminator`, read/write views and formats).
 *
 * Every generated check has the runtime's `Check` shape `(x, e, m, ev)`: `e` collects issues or is
 * null (only the answer matters: subschemas of anyOf/oneOf/not/if run silently), `m` carries the
 * ALL/LENIENT bits, and `ev` (only when some schema of the model uses `unevaluated*`) collects the
 * evaluated properties and items. Paths are built only on failure (`at()` prefixes them while
 * unwinding), so valid input costs no allocation.
 *
 * This file is the compiler's core: the functions it declares and hoists, and the order of a
 * schema's checks. The keywords' checks are in keywords/, one file per kind of value (scalars,
 * objects, arrays) plus the in-place applicators and `unevaluated*`.
 */
import { code, ident, join, lit, PURE, raw, regex, when, type Code, type Ident } from '../../generator/safe/code.js';
import type { KeywordSchemaNode, NamedSchema, SchemaId, SchemaNode, TagValue } from '../../generator/ir/ir.js';
import type { Plan, SchemaView } from '../../generator/plan/plan.js';
import { notTypeCheck } from './type-checks.js';
import { enumTest, equals, typeTest, type InlineTest } from './inline-tests.js';
import { patternRisk } from '../../generator/ir/pattern-risk.js';
import { extendedParent, listsChild, type InheritedTag } from '../../generator/ir/inheritance.js';
import { admittedTypes, ANY_TYPE } from '../../generator/ir/admitted-types.js';
import { applicators } from './keywords/applicators.js';
import { arrayChecks } from './keywords/arrays.js';
import { ASSERTED_FORMATS } from '../../generator/ir/formats.js';
import { objectChecks } from './keywords/objects.js';
import { numberChecks, stringChecks } from './keywords/scalars.js';
import { unevaluated } from './keywords/unevaluated.js';
import { hasUnevaluated } from './uses-unevaluated.js';

export interface CompileOptions {
  /** `assert` checks ASSERTED_FORMATS; `annotate` treats every format as documentation (2020-12 default). */
  readonly formats: 'assert' | 'annotate';
}

/** Per-run compiler state: hoisted functions and constants, in a deterministic order. */
export class ValidatorCompiler {
  readonly declarations: Code[] = [];
  private counter = 0;
  private readonly byBody = new Map<string, Ident>();
  private readonly hoisted = new Map<string, Ident>();
  private readonly hoistedCount = new Map<string, number>();
  private lists = 0;
  private readonly typesMemo = new Map<SchemaId, number>();
  readonly formatsUsed = new Set<string>();
  /**
   * Whether the check being compiled records what it evaluated (in `ev`): one that a schema with
   * `unevaluated*` reaches in place, or such a schema itself. Keyword emitters read it.
   */
  tracks = false;

  /** Schema resources by base URI, numbered in the order checks first enter them (dynamic scope only). */
  private readonly resources = new Map<string, number>();

  constructor(
    readonly plan: Plan,
    readonly options: CompileOptions,
    /** Whether `ev` tracking code is emitted (some schema uses unevaluatedProperties/Items). */
    readonly tracking: boolean,
    /**
     * Whether some `$dynamicRef` binds by dynamic scope: then each check that enters a schema
     * resource records it in the module's `scope` stack, which `dynamicCheck` searches.
     */
    private readonly scoped = false,
    /** The analysis's inherited discriminator tags (generator/analyse/analyse.ts). */
    private readonly tags: ReadonlyMap<SchemaId, InheritedTag> = new Map(),
    /** The named schemas whose checks record what they evaluated (`trackedSchemas`). */
    private readonly tracked: ReadonlySet<SchemaId> = new Set(),
  ) {
    if (scoped)
      this.declarations.push(
        raw(
          '/** The schema resources entered so far, outermost first (`$dynamicRef`). */\nconst scope: number[] = [];',
        ),
      );
  }

  /**
   * Declares the function of each view of a named schema. A view whose checks are those of a function
   * already declared (a component repeated inline elsewhere, or read and write views that differ
   * only in their types) becomes an alias of it: opencode's validators shrank by 12 %, which is
   * 12 % less for every consumer's `tsc` to parse and bind.
   */
  compileNamed(named: NamedSchema, views: readonly SchemaView[]): void {
    // What the views share is worked out once: the schema without its parent's back references, and its tag.
    const node = withoutBackReferences(named.schema, named.id, this.plan);
    const tag = this.tags.get(named.id);
    const tagCheck = tag && this.tagCheck(tag.propertyName, tag.values);
    // A schema that starts a resource enters it in its own body; any other enters the one it is in.
    const enters =
      this.scoped && named.resource !== undefined && !(node.kind === 'keywords' && node.resource !== undefined)
        ? named.resource
        : undefined;
    const tracks = this.tracking && this.tracked.has(named.id);
    for (const view of views) {
      const name = this.plan.schemaValidator(named.id, view);
      const checks = this.withTracks(tracks, () =>
        enters ? this.inResource(enters, this.body(node, view)) : this.body(node, view),
      );
      const body = tagCheck ? join([checks, tagCheck], '\n') : checks;
      const known = this.byBody.get(body.text);
      if (known) {
        this.declarations.push(code`/** Same checks as \`${known}\`. */\nconst ${name} = ${known};\n`);
        continue;
      }
      this.byBody.set(body.text, name);
      this.declarations.push(this.functionCode(name, body));
    }
  }

  /**
   * A leaf child of a discriminated parent (`Cat: allOf [Pet, …]`, Pet mapping `cat` to Cat) carries
   * its tag, as its type says (`petType: 'cat'`): a Dog checked as a Cat fails. Whether the tag
   * must be there is the parent's `required` to say. Lenient mode (responses) lets a tag through,
   * as the parent's own dispatch does.
   */
  private tagCheck(propertyName: string, values: readonly TagValue[]): Code {
    const prop = lit(propertyName);
    const listed = join(
      values.map((v) => code`tag === ${v}`),
      ' || ',
    );
    const check = rejectAtIf(
      code`tag !== undefined && !(${listed}) && !(m & 2)`,
      prop,
      `must be one of: ${values.join(', ')}`,
    );
    return whenObject(code`const tag = own(x, ${prop});\n${check}`);
  }

  private functionCode(name: Ident, body: Code): Code {
    const childCalls = body.text.includes('haltChild(') ? raw('let n = n0;\n') : raw('');
    const params = code`x: any, e: Issues, m: number${when(this.tracking, raw(', ev?: Ev'))}`;
    const statements = code`const n0 = mark(e);\n${childCalls}${body}\nreturn passed(e, n0);`;
    return code`function ${name}(${params}): boolean {\n${statements}\n}`;
  }

  /**
   * Whether a schema checks more than its `type` says. A parameter that is a bare `{ type: string }`
   * needs no validator (its TypeScript type says as much); an enum, a pattern or a range does.
   */
  checksMoreThanType(node: SchemaNode, view: SchemaView, depth = 0): boolean {
    if (node.kind === 'boolean') return !node.value;
    if (node.kind === 'ref') {
      const target = this.plan.schemasById.get(node.target)?.schema;
      return !target || depth > 16 || this.checksMoreThanType(target, view, depth + 1);
    }
    const bare: SchemaNode = { kind: 'keywords', pointer: node.pointer, ...(node.types ? { types: node.types } : {}) };
    return this.body(node, view).text !== this.body(bare, view).text;
  }

  /**
   * A hoisted function for a subschema checked against the same value (an `allOf` member, a union's
   * alternative); returns its name. It records what it evaluated when the check that calls it does.
   * Identical subschemas (same compiled body) share one function: real specs repeat inline shapes
   * (`{ type: boolean }` in a hundred anyOfs).
   */
  sub(node: SchemaNode, view: SchemaView): Code {
    if (node.kind === 'ref') return this.plan.schemaValidator(node.target, view);
    const body = this.body(node, view);
    const known = this.byBody.get(body.text);
    if (known) return known;
    const name = ident(`s${this.counter++}`);
    this.byBody.set(body.text, name);
    this.declarations.push(this.functionCode(name, body));
    return name;
  }

  /** `sub` for a subschema that checks another value (a property, an item): no record is read of it. */
  subValue(node: SchemaNode, view: SchemaView): Code {
    return this.withTracks(false, () => this.sub(node, view));
  }

  /** `compile` with `tracks` set as given, then put back. */
  private withTracks<T>(tracks: boolean, compile: () => T): T {
    const outer = this.tracks;
    this.tracks = tracks;
    try {
      return compile();
    } finally {
      this.tracks = outer;
    }
  }

  /** A pattern's matcher: the engine's `RegExp`, or the linear-time program where the engine could backtrack. */
  pattern(source: string): Code {
    const program = patternRisk(source).program;
    if (program === undefined) return this.hoist('re', code`${PURE}${regex(source)}`);
    const classes = join(
      program.classes.map((c) => regex(c)),
      ', ',
    );
    return this.hoist('re', code`${PURE}linearPattern(${lit(program.instructions as never)}, [${classes}])`);
  }

  /** Hoisted enum values, one constant per distinct list: a `Set` of primitives or an array. */
  readonly valuesOf = (values: readonly unknown[], asSet: boolean): Code =>
    this.hoist('values', asSet ? code`${PURE}new Set(${lit(values as never)})` : lit(values as never));

  /** A module-level constant holding `value`, one per distinct value, named `<prefix><n>`. */
  private hoist(prefix: string, value: Code): Code {
    let name = this.hoisted.get(value.text);
    if (!name) {
      const n = this.hoistedCount.get(prefix) ?? 0;
      this.hoistedCount.set(prefix, n + 1);
      name = ident(`${prefix}${n}`);
      this.hoisted.set(value.text, name);
      this.declarations.push(code`const ${name} = ${value};`);
    }
    return name;
  }

  evArg(evName: Code | undefined): Code {
    return this.tracking ? code`, ${evName ?? raw('undefined')}` : raw('');
  }

  /** `checks` run with `resource` on the dynamic scope, taken off however they end. */
  private inResource(resource: string, checks: Code): Code {
    return code`scope.push(${this.resourceNumber(resource)});\ntry {\n${checks}\n} finally {\nscope.pop();\n}`;
  }

  /** A resource's number, as `inResource` pushes it. */
  resourceNumber(resource: string): number {
    if (!this.resources.has(resource)) this.resources.set(resource, this.resources.size);
    return this.resources.get(resource)!;
  }

  /** The statements checking `node` against `x`, inside its resource when it starts one. */
  private body(node: SchemaNode, view: SchemaView): Code {
    if (this.scoped && node.kind === 'keywords' && node.resource !== undefined)
      return this.inResource(node.resource, this.checks(node, view));
    return this.checks(node, view);
  }

  /** The statements checking `node` against `x`; with `unevaluated*`, recording what its keywords evaluate. */
  private checks(node: SchemaNode, view: SchemaView): Code {
    return hasUnevaluated(node) && this.tracking
      ? this.withTracks(true, () => this.keywordChecks(node, view))
      : this.keywordChecks(node, view);
  }

  private keywordChecks(node: SchemaNode, view: SchemaView): Code {
    if (node.kind === 'boolean')
      return node.value ? raw('') : code`if (${failCode('must not be present (false schema)')}) return false;`;
    if (node.kind === 'ref') return this.callInPlace(this.sub(node, view), raw('ev'));
    const s = node;
    const out: Code[] = [];
    const ownEv = this.tracking && hasUnevaluated(s);
    // With unevaluated*, this schema collects annotations in its own set and passes them up at the end.
    const ev = ownEv ? raw('ev0') : raw('ev');
    if (ownEv) out.push(raw('const ev0: Ev = { p: new Set(), i: 0, c: new Set() };'));

    // Built in this order (it decides the names of shared helpers), emitted below.
    const typeFailure = s.types && failCode(`must be ${s.types.join(' or ')}`);
    const isEnum = s.enum && enumTest(s.enum, s.types, raw('x'), this.valuesOf);
    const enumCheck = isEnum && code`if (${isEnum.fails} && ${isEnum.failure(undefined, false)}) return false;`;
    // A string or number const is a one-value enum, and lenient mode treats it as one: 3.0 specs
    // tag variants with `enum: [file]`, 3.1 specs with `const: file`, and a newer server's new
    // variant must not fail one of them only.
    const constKind =
      typeof s.const?.value === 'string' || typeof s.const?.value === 'number' ? typeof s.const.value : undefined;
    const constLenient = constKind ? code` && !(m & 2 && typeof x === ${constKind})` : raw('');
    const constCheck =
      s.const &&
      rejectIf(code`!(${equals(raw('x'), s.const.value)})${constLenient}`, `must be ${JSON.stringify(s.const.value)}`);
    const str = stringChecks(this, s);
    const num = numberChecks(this, s);
    const obj = objectChecks(this, s, view, ev);
    const arr = arrayChecks(this, s, view, ev);
    const applied = applicators(this, s, view, ev);
    // The common object or array schema: one type test, the member checks in its else branch; with
    // nothing after them, a value of another type ends the check and the members need no block.
    const only = s.types?.length === 1 ? s.types[0] : undefined;
    const members = only === 'object' && !arr.length ? obj : only === 'array' && !obj.length ? arr : [];
    if (members.length && !enumCheck && !constCheck && !str.length && !num.length) {
      const wrongType = notTypeCheck(s.types!, raw('x'));
      if (!applied.length && !ownEv)
        out.push(code`if (${wrongType}) return fail(e, ${`must be ${only}`});`, ...members);
      else out.push(code`if (${wrongType}) {\nif (${typeFailure!}) return false;\n} else {\n${join(members, '\n')}\n}`);
    } else {
      if (s.types && !isEnum?.foldsType)
        out.push(code`if (${notTypeCheck(s.types, raw('x'))} && ${typeFailure!}) return false;`);
      if (enumCheck) out.push(enumCheck);
      if (constCheck) out.push(constCheck);
      if (str.length) out.push(code`if (typeof x === "string") {\n${join(str, '\n')}\n}`);
      if (num.length) out.push(code`if (typeof x === "number") {\n${join(num, '\n')}\n}`);
      if (obj.length) out.push(whenObject(join(obj, '\n')));
      if (arr.length) out.push(code`if (Array.isArray(x)) {\n${join(arr, '\n')}\n}`);
    }

    out.push(...applied);
    if (ownEv) {
      out.push(...unevaluated(this, s, view));
      out.push(
        // What this schema evaluated counts for its parent's unevaluated* too.
        code`${raw('if (ev) { for (const k of ev0.p) ev.p.add(k); if (ev0.i > ev.i) ev.i = ev0.i;')} ${raw(
          'for (const i of ev0.c) ev.c.add(i); if (ev0.a) ev.a = true; if (ev0.ai) ev.ai = true; }',
        )}`,
      );
    }
    return join(out, '\n');
  }

  /** Calls a check on `x` itself (in-place applicator), propagating issues and annotations. */
  callInPlace(fn: Code, ev: Code): Code {
    return code`if (!${fn}(x, e, m${this.evArg(ev)}) && (e === null || !(m & 1))) return false;`;
  }

  /**
   * Calls a check on a child value, prefixing the issues' paths with `key` on failure. Two
   * statements: callers under an `if`/`for` wrap it in a block.
   */
  callChild(fn: Code, value: Code, key: Code): Code {
    const fails = code`!${fn}(${value}, e, m${this.evArg(undefined)})`;
    return code`n = mark(e);\nif (${fails} && haltChild(e, m, n, ${key})) return false;`;
  }

  flagsOf(node: SchemaNode): { readOnly?: boolean | undefined; writeOnly?: boolean | undefined } {
    if (node.kind === 'keywords') return { readOnly: node.readOnly, writeOnly: node.writeOnly };
    if (node.kind === 'ref') {
      const target = this.plan.schemasById.get(node.target)?.schema;
      if (target?.kind === 'keywords') return { readOnly: target.readOnly, writeOnly: target.writeOnly };
    }
    return {};
  }

  /**
   * The check of `v` as one expression, when `schema` is only a `type` (`{ type: string }`, also
   * behind a `$ref`) or an inline `enum` of one type: no call, and the issue gets its path directly.
   * A `$ref` to a named enum stays a call to its function, which says more than the value list.
   */
  inlineTest(schema: SchemaNode, v: Code): InlineTest | undefined {
    const target = schema.kind === 'ref' ? this.plan.schemasById.get(schema.target)?.schema : schema;
    if (target?.kind !== 'keywords') return undefined;
    if (isTypeOnly(target)) return typeTest(target.types!, v);
    if (schema.kind === 'ref' || !isEnumOnly(target)) return undefined;
    const test = enumTest(target.enum!, target.types, v, this.valuesOf);
    return test.foldsType || !target.types ? test : undefined;
  }

  /** Checks a child value: inlined when `inlineTest` can, a call otherwise. */
  childCheck(schema: SchemaNode, view: SchemaView, value: Code, key: Code): Code {
    const inline = this.inlineTest(schema, value);
    if (inline) return code`if (${inline.fails} && ${inline.failure(key, false)}) return false;`;
    if (schema.kind === 'boolean' && schema.value) return raw('');
    return this.callChild(this.subValue(schema, view), value, key);
  }

  /**
   * The JSON types each alternative of a union admits (`admittedTypes`), as a hoisted constant the
   * runtime's `haltUnion` reads to skip the alternatives a refused value's type rules out; `undefined`
   * when none rules out any type.
   */
  admittedTypesOf(alternatives: readonly SchemaNode[]): Code {
    const bits = alternatives.map((a) => admittedTypes(a, this.plan.schemasById, this.typesMemo));
    return bits.every((b) => b === ANY_TYPE) ? raw('undefined') : this.hoist('types', lit(bits as never));
  }

  /**
   * A hoisted array of check functions, built on first use: an alias (`const validateB = …`) the
   * list names may be declared further down the module, uninitialised while the module runs.
   */
  checkList(fns: readonly Code[]): Code {
    const name = ident(`checks${this.lists++}`);
    this.declarations.push(code`let ${name}: Check[] | undefined;`);
    return code`(${name} ??= [${join([...fns], ', ')}])`;
  }

  /**
   * A hoisted `Map` from each tag value of a union to the check of the alternative that lists it,
   * built on first use as `checkList` is.
   */
  checkByTag(entries: readonly (readonly [TagValue, Code])[]): Code {
    const name = ident(`byTag${this.lists++}`);
    this.declarations.push(code`let ${name}: Map<unknown, Check> | undefined;`);
    const pairs = entries.map(([tag, fn]) => code`[${lit(tag)}, ${fn}]`);
    return code`(${name} ??= new Map([${join(pairs, ', ')}]))`;
  }
}

/**
 * A child that extends a discriminated parent listing it (`Pet: oneOf [Cat, Dog]`, `Cat: allOf [Pet,
 * …]`) would validate forever: Pet picks Cat, Cat checks Pet, which picks Cat again. JSON Schema
 * calls that schema an infinite loop; OpenAPI tools read it as inheritance, and so do the types
 * (`allOfMemberType`). The child checks the parent's own keywords, without the choice among its
 * children: every valid Pet and Cat used to fail with "nested too deeply".
 */
function withoutBackReferences(node: SchemaNode, id: SchemaId, plan: Plan): SchemaNode {
  if (node.kind !== 'keywords' || !node.allOf) return node;
  let changed = false;
  const allOf = node.allOf.map((member) => {
    const parent = extendedParent(member, plan.schemasById);
    if (!parent || !listsChild(parent, id)) return member;
    changed = true;
    const { oneOf: _oneOf, anyOf: _anyOf, discriminator: _discriminator, ...own } = parent;
    return own;
  });
  return changed ? { ...node, allOf } : node;
}

const ANNOTATIONS = new Set([
  'kind',
  'pointer',
  'types',
  'title',
  'description',
  'deprecated',
  'examples',
  'default',
  'readOnly',
  'writeOnly',
  'enumMembers',
  'knownValues',
  'patternAsWritten',
  'formatUnchecked',
]);

/** The keywords of `s` that check something (`type` aside); a format that is not asserted checks nothing. */
function checkingKeywords(s: KeywordSchemaNode): string[] {
  return Object.keys(s).filter((k) => !ANNOTATIONS.has(k) && !(k === 'format' && !ASSERTED_FORMATS.has(s.format!)));
}

/** A schema that is only `type` (plus annotations): inlined as one `typeof` test. */
function isTypeOnly(s: KeywordSchemaNode): boolean {
  return s.types !== undefined && checkingKeywords(s).length === 0;
}

/** A schema that is only an `enum` (and its `type`): inlined as one test. */
function isEnumOnly(s: KeywordSchemaNode): boolean {
  const checking = checkingKeywords(s);
  return checking.length === 1 && checking[0] === 'enum';
}

/** Statements that run when `x` is a JSON object. */
export function whenObject(body: Code): Code {
  return code`if (isObject(x)) {\n${body}\n}`;
}

/** A failure of the current value: stop unless collecting every issue. */
export function failCode(message: string): Code {
  return code`halt(e, m, ${message})`;
}

/** A failure of a child value at `key`. */
export function failAtCode(key: Code, message: string): Code {
  return code`haltAt(e, m, ${key}, ${message})`;
}

/** `return false` when `condition` holds and the failure halts (with no issue list, or at the first). */
export function rejectIf(condition: Code, message: string): Code {
  return code`if (${condition} && ${failCode(message)}) return false;`;
}

/** `rejectIf` for a child value at `key`. */
export function rejectAtIf(condition: Code, key: Code, message: string): Code {
  return code`if (${condition} && ${failAtCode(key, message)}) return false;`;
}
