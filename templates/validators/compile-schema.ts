/**
 * SchemaNode → straight-line validation functions (JSON Schema 2020-12 plus OpenAPI's
 * `discriminator`, read/write views and formats).
 *
 * Every generated check has the runtime's `Check` shape `(x, e, m, ev)`: `e` collects issues or is
 * null (only the answer matters: subschemas of anyOf/oneOf/not/if run silently), `m` carries the
 * ALL/LENIENT bits, and `ev` (only when some schema of the model uses `unevaluated*`) collects the
 * evaluated properties and items. Paths are built only on failure (`at()` prefixes them while
 * unwinding), so valid input costs no allocation.
 */
import { code, join, lit, prop, raw, regex, type Code } from '../../generator/safe/code.js';
import type { KeywordSchemaNode, NamedSchema, SchemaId, SchemaNode, JsonType, TagValue } from '../../generator/model/ir.js';
import { dispatchesOnTag } from '../../generator/model/tag-values.js';
import type { Plan, SchemaView } from '../../generator/plan/plan.js';
import { notTypeCheck } from './type-checks.js';
import { extendedParent, inheritedTag, listsChild } from '../../generator/model/inheritance.js';

/** Formats asserted when `formats: 'assert'` (the ones the runtime implements). */
export const ASSERTED_FORMATS: ReadonlySet<string> = new Set(['date-time', 'date', 'time', 'email', 'uuid', 'uri', 'ipv4', 'ipv6', 'int32', 'int64']);

export interface CompileOptions {
  /** `assert` checks the formats above; `annotate` treats every format as documentation (2020-12 default). */
  readonly formats: 'assert' | 'annotate';
}

/** Per-run compiler state: hoisted functions and constants, in a deterministic order. */
export class ValidatorCompiler {
  readonly declarations: Code[] = [];
  private counter = 0;
  private readonly byBody = new Map<string, string>();
  private readonly hoisted = new Map<string, string>();
  private readonly hoistedCount = new Map<string, number>();
  private lists = 0;
  readonly formatsUsed = new Set<string>();

  /** Schema resources by base URI, numbered in the order checks first enter them (dynamic scope only). */
  private readonly resources = new Map<string, number>();

  constructor(
    private readonly plan: Plan,
    private readonly options: CompileOptions,
    /** Whether `ev` tracking code is emitted (some schema uses unevaluatedProperties/Items). */
    readonly tracking: boolean,
    /**
     * Whether some `$dynamicRef` binds by dynamic scope: then each check that enters a schema
     * resource records it in the module's `scope` stack, which `dynamicCheck` searches.
     */
    private readonly scoped = false,
  ) {
    if (scoped) this.declarations.push(raw('/** The schema resources entered so far, outermost first (`$dynamicRef`). */\nconst scope: number[] = [];'));
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
    const tag = inheritedTag(named.schema, named.id, this.plan.schemasById);
    const tagCheck = tag && this.tagCheck(tag.propertyName, tag.values);
    // A schema that starts a resource enters it in its own body; any other enters the one it is in.
    const enters = this.scoped && named.resource !== undefined && !(node.kind === 'keywords' && node.resource !== undefined) ? named.resource : undefined;
    for (const view of views) {
      const name = this.plan.schemaValidator(named.id, view);
      const checks = enters ? this.inResource(enters, this.body(node, view)) : this.body(node, view);
      const body = tagCheck ? join([checks, tagCheck], '\n') : checks;
      const known = this.byBody.get(body.text);
      if (known) {
        this.declarations.push(code`/** Same checks as \`${raw(known)}\`. */\nconst ${raw(name)} = ${raw(known)};\n`);
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
    const listed = join(values.map((v) => code`tag === ${v}`), ' || ');
    return code`if (typeof x === "object" && x !== null && !Array.isArray(x)) {\nconst tag = own(x, ${prop});\nif (tag !== undefined && !(${listed}) && !(m & 2) && ${failAtCode(prop, `must be one of: ${values.join(', ')}`)}) return false;\n}`;
  }

  private functionCode(name: string, body: Code): Code {
    // Valid when no issue was added: silent and first-issue modes return false at the first failure,
    // so only ALL mode gets to the end with issues.
    const childCalls = body.text.includes('haltChild(') ? raw('let n = n0;\n') : raw('');
    return code`function ${raw(name)}(x: any, e: Issue[] | null, m: number${raw(this.tracking ? ', ev?: Ev' : '')}): boolean {\nconst n0 = mark(e);\n${childCalls}${body}\nreturn e === null || e.length === n0;\n}`;
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
   * A hoisted function for a subschema; returns its name. Identical subschemas (same compiled body)
   * share one function: real specs repeat inline shapes (`{ type: boolean }` in a hundred anyOfs).
   */
  sub(node: SchemaNode, view: SchemaView): Code {
    if (node.kind === 'ref') return raw(this.plan.schemaValidator(node.target, view));
    const body = this.body(node, view);
    const known = this.byBody.get(body.text);
    if (known) return raw(known);
    const name = `s${this.counter++}`;
    this.byBody.set(body.text, name);
    this.declarations.push(this.functionCode(name, body));
    return raw(name);
  }

  private pattern(source: string): Code {
    return this.hoist('re', regex(source));
  }

  /** Hoisted enum values, one constant per distinct list: a `Set` of primitives or an array. */
  private readonly valuesOf = (values: readonly unknown[], asSet: boolean): Code =>
    this.hoist('values', asSet ? code`new Set(${lit(values as never)})` : lit(values as never));

  /** A module-level constant holding `value`, one per distinct value, named `<prefix><n>`. */
  private hoist(prefix: string, value: Code): Code {
    let name = this.hoisted.get(value.text);
    if (!name) {
      const n = this.hoistedCount.get(prefix) ?? 0;
      this.hoistedCount.set(prefix, n + 1);
      name = `${prefix}${n}`;
      this.hoisted.set(value.text, name);
      this.declarations.push(code`const ${raw(name)} = ${value};`);
    }
    return raw(name);
  }

  private evArg(evName: Code | undefined): Code {
    return this.tracking ? code`, ${evName ?? raw('undefined')}` : raw('');
  }

  /** `checks` run with `resource` on the dynamic scope, taken off however they end. */
  private inResource(resource: string, checks: Code): Code {
    return code`scope.push(${this.resourceNumber(resource)});\ntry {\n${checks}\n} finally {\nscope.pop();\n}`;
  }

  /** A resource's number, as `inResource` pushes it. */
  private resourceNumber(resource: string): number {
    if (!this.resources.has(resource)) this.resources.set(resource, this.resources.size);
    return this.resources.get(resource)!;
  }

  /** The statements checking `node` against `x`, inside its resource when it starts one. */
  private body(node: SchemaNode, view: SchemaView): Code {
    if (this.scoped && node.kind === 'keywords' && node.resource !== undefined) return this.inResource(node.resource, this.checks(node, view));
    return this.checks(node, view);
  }

  /** The statements checking `node` against `x`. */
  private checks(node: SchemaNode, view: SchemaView): Code {
    if (node.kind === 'boolean') return node.value ? raw('') : code`if (${failCode('must not be present (false schema)')}) return false;`;
    if (node.kind === 'ref') return this.callInPlace(this.sub(node, view), raw('ev'));
    const s = node;
    const out: Code[] = [];
    const ownEv = this.tracking && (s.unevaluatedProperties !== undefined || s.unevaluatedItems !== undefined);
    // With unevaluated*, this schema collects annotations in its own set and passes them up at the end.
    const ev = ownEv ? raw('ev0') : raw('ev');
    if (ownEv) out.push(raw('const ev0: Ev = { p: new Set(), i: 0, c: new Set() };'));

    // Built in this order (it decides the names of shared helpers), emitted below.
    const typeFailure = s.types && failCode(`must be ${s.types.join(' or ')}`);
    const enumTest = s.enum && enumFailure(s.enum, s.types, raw('x'), this.valuesOf);
    const enumCheck = enumTest && code`if (${enumTest.fails} && halt(e, m, ${enumTest.message})) return false;`;
    // A string or number const is a one-value enum, and lenient mode treats it as one: 3.0 specs
    // tag variants with `enum: [file]`, 3.1 specs with `const: file`, and a newer server's new
    // variant must not fail one of them only.
    const constKind = typeof s.const?.value === 'string' || typeof s.const?.value === 'number' ? typeof s.const.value : undefined;
    const constLenient = constKind ? code` && !(m & 2 && typeof x === ${constKind})` : raw('');
    const constCheck = s.const && code`if (!(${equals(raw('x'), s.const.value)})${constLenient} && ${failCode(`must be ${JSON.stringify(s.const.value)}`)}) return false;`;
    const str = this.stringChecks(s);
    const num = this.numberChecks(s);
    const obj = this.objectChecks(s, view, ev);
    const arr = this.arrayChecks(s, view, ev);
    // The common object or array schema: one type test, the member checks in its else branch.
    const only = s.types?.length === 1 ? s.types[0] : undefined;
    const members = only === 'object' && !arr.length ? obj : only === 'array' && !obj.length ? arr : [];
    if (members.length && !enumCheck && !constCheck && !str.length && !num.length) {
      out.push(code`if (${notTypeCheck(s.types!, raw('x'))}) {\nif (${typeFailure!}) return false;\n} else {\n${join(members, '\n')}\n}`);
    } else {
      if (s.types && !enumTest?.foldsType) out.push(code`if (${notTypeCheck(s.types, raw('x'))} && ${typeFailure!}) return false;`);
      if (enumCheck) out.push(enumCheck);
      if (constCheck) out.push(constCheck);
      if (str.length) out.push(code`if (typeof x === "string") {\n${join(str, '\n')}\n}`);
      if (num.length) out.push(code`if (typeof x === "number") {\n${join(num, '\n')}\n}`);
      if (obj.length) out.push(code`if (typeof x === "object" && x !== null && !Array.isArray(x)) {\n${join(obj, '\n')}\n}`);
      if (arr.length) out.push(code`if (Array.isArray(x)) {\n${join(arr, '\n')}\n}`);
    }

    out.push(...this.applicators(s, view, ev));
    if (ownEv) {
      out.push(...this.unevaluated(s, view));
      out.push(raw('if (ev) { for (const k of ev0.p) ev.p.add(k); if (ev0.i > ev.i) ev.i = ev0.i; for (const i of ev0.c) ev.c.add(i); if (ev0.a) ev.a = true; if (ev0.ai) ev.ai = true; }'));
    }
    return join(out, '\n');
  }

  private stringChecks(s: KeywordSchemaNode): Code[] {
    const out: Code[] = [];
    if (s.minLength !== undefined) out.push(code`if ((x.length < ${s.minLength} || (x.length < ${s.minLength * 2} && len(x) < ${s.minLength})) && ${failCode(`must have at least ${s.minLength} characters`)}) return false;`);
    if (s.maxLength !== undefined) out.push(code`if (x.length > ${s.maxLength} && len(x) > ${s.maxLength} && ${failCode(`must have at most ${s.maxLength} characters`)}) return false;`);
    if (s.pattern !== undefined) out.push(code`if (!${this.pattern(s.pattern)}.test(x) && ${failCode(`must match the pattern ${s.pattern}`)}) return false;`);
    const f = this.formatCheck(s.format, 'string');
    if (f) out.push(f);
    return out;
  }

  private formatCheck(format: string | undefined, kind: 'string' | 'number'): Code | undefined {
    if (!format || this.options.formats !== 'assert' || !ASSERTED_FORMATS.has(format)) return undefined;
    const numeric = format === 'int32' || format === 'int64';
    if (numeric !== (kind === 'number')) return undefined;
    this.formatsUsed.add(format);
    return code`if (!formats[${format}]!(x) && ${failCode(`must be a valid ${format}`)}) return false;`;
  }

  private numberChecks(s: KeywordSchemaNode): Code[] {
    const out: Code[] = [];
    const bound = (value: number | undefined, op: string, text: string): void => {
      if (value !== undefined) out.push(code`if (x ${raw(op)} ${value} && ${failCode(`must be ${text} ${value}`)}) return false;`);
    };
    bound(s.minimum, '<', '>=');
    bound(s.maximum, '>', '<=');
    bound(s.exclusiveMinimum, '<=', '>');
    bound(s.exclusiveMaximum, '>=', '<');
    if (s.multipleOf !== undefined) out.push(code`if (!multipleOf(x, ${s.multipleOf}) && ${failCode(`must be a multiple of ${s.multipleOf}`)}) return false;`);
    const f = this.formatCheck(s.format, 'number');
    if (f) out.push(f);
    return out;
  }

  /**
   * The check a `$dynamicRef` calls: chosen at run time from the resources that declare its anchor,
   * by which of them the dynamic scope entered first; the static target when none did.
   */
  private dynamicTarget(ref: NonNullable<KeywordSchemaNode['dynamicRef']>, view: SchemaView): Code {
    const fallback = raw(this.plan.schemaValidator(ref.fallback, view));
    if (ref.candidates.length === 0) return fallback;
    const resources = ref.candidates.map((c) => raw(String(this.resourceNumber(c.resource))));
    const checks = ref.candidates.map((c) => raw(this.plan.schemaValidator(c.target, view)));
    return code`dynamicCheck(scope, [${join(resources, ', ')}], [${join(checks, ', ')}], ${fallback})`;
  }

  /** Calls a check on `x` itself (in-place applicator), propagating issues and annotations. */
  private callInPlace(fn: Code, ev: Code): Code {
    return code`if (!${fn}(x, e, m${this.evArg(ev)}) && (e === null || !(m & 1))) return false;`;
  }

  /**
   * Calls a check on a child value, prefixing the issues' paths with `key` on failure. Two
   * statements: callers under an `if`/`for` wrap it in a block.
   */
  private callChild(fn: Code, value: Code, key: Code): Code {
    return code`n = mark(e);\nif (!${fn}(${value}, e, m${this.evArg(undefined)}) && haltChild(e, m, n, ${key})) return false;`;
  }

  private objectChecks(s: KeywordSchemaNode, view: SchemaView, ev: Code): Code[] {
    const out: Code[] = [];
    const props = s.properties ?? [];
    const hidden = (name: string): 'readOnly' | 'writeOnly' | undefined => {
      const p = props.find((q) => q.name === name)?.schema;
      const flags = p && this.flagsOf(p);
      if (view === 'write' && flags?.readOnly) return 'readOnly';
      if (view === 'read' && flags?.writeOnly) return 'writeOnly';
      return undefined;
    };
    const read = (name: string): Code => (Object.prototype.hasOwnProperty.call(Object.prototype, name) ? code`own(x, ${name})` : code`x${prop(name)}`);
    // Required in this view (a read-only field is not required in a request, a write-only one not in a response).
    const required = new Set((s.required ?? []).filter((name) => !hidden(name)));
    // Properties checked by one inlined test: when also required, the same test says "is required"
    // (every type test fails on undefined), so a required string costs one test, not two.
    const inlined = new Map<string, { fails: Code; message: Code }>();
    if (!this.tracking) {
      for (const { name, schema } of props) {
        const test = hidden(name) === 'readOnly' ? undefined : this.inlineTest(schema, read(name));
        if (test) inlined.set(name, test);
      }
    }
    for (const name of required) {
      if (inlined.has(name)) continue;
      out.push(code`if (${read(name)} === undefined && ${failAtCode(lit(name), 'is required')}) return false;`);
    }
    const needsKeys = s.additionalProperties || s.patternProperties?.length || s.propertyNames || s.minProperties !== undefined || s.maxProperties !== undefined;
    if (needsKeys || (this.tracking && props.length)) out.push(raw('const keys = Object.keys(x);'));
    if (s.minProperties !== undefined) out.push(code`if (keys.length < ${s.minProperties} && ${failCode(`must have at least ${s.minProperties} properties`)}) return false;`);
    if (s.maxProperties !== undefined) out.push(code`if (keys.length > ${s.maxProperties} && ${failCode(`must have at most ${s.maxProperties} properties`)}) return false;`);
    for (const { name, schema } of props) {
      const why = hidden(name);
      if (why === 'readOnly') {
        out.push(code`if (${read(name)} !== undefined && ${failAtCode(lit(name), 'is read-only and must not be sent')}) return false;`);
        continue;
      }
      const inline = inlined.get(name);
      if (inline && required.has(name)) {
        out.push(code`if (${inline.fails} && haltAt(e, m, ${lit(name)}, ${read(name)} === undefined ? ${'is required'} : ${inline.message})) return false;`);
        continue;
      }
      if (inline) {
        out.push(code`if (${read(name)} !== undefined && ${inline.fails} && haltAt(e, m, ${lit(name)}, ${inline.message})) return false;`);
        continue;
      }
      if (!this.tracking && schema.kind !== 'boolean') {
        // One statement per property: no block, no temporary.
        out.push(code`n = mark(e);\nif (${read(name)} !== undefined && !${this.sub(schema, view)}(${read(name)}, e, m) && haltChild(e, m, n, ${lit(name)})) return false;`);
        continue;
      }
      const check = this.childCheck(schema, view, code`v`, lit(name));
      out.push(code`{ const v = ${read(name)}; if (v !== undefined) {\n${check}${this.tracking ? code`\nif (${ev}) ${ev}.p.add(${name});` : raw('')}\n} }`);
    }
    for (const dep of s.dependentRequired ?? []) {
      const missing = dep.required.map((r) => code`if (${read(r)} === undefined && ${failAtCode(lit(r), `is required when ${dep.name} is present`)}) return false;`);
      out.push(code`if (${read(dep.name)} !== undefined) {\n${join(missing, '\n')}\n}`);
    }
    for (const dep of s.dependentSchemas ?? []) {
      out.push(code`if (${read(dep.name)} !== undefined) ${this.callInPlace(this.sub(dep.schema, view), ev)}`);
    }
    if (s.propertyNames) {
      out.push(code`for (const k of keys) {\n${this.callChild(this.sub(s.propertyNames, view), raw('k'), raw('k'))}\n}`);
    }
    const patterns = s.patternProperties ?? [];
    if (s.additionalProperties || patterns.length) {
      const known = props.map((p) => code`case ${p.name}:`);
      const tracksMatch = s.additionalProperties !== undefined && !(s.additionalProperties.kind === 'boolean' && s.additionalProperties.value);
      const perPattern = patterns.map((p) => code`if (${this.pattern(p.pattern)}.test(k)) { ${raw(tracksMatch ? 'matched = true; ' : '')}${this.childCheck(p.schema, view, raw('x[k]'), raw('k'))}${this.tracking ? code` if (${ev}) ${ev}.p.add(k);` : raw('')} }`);
      const extra = s.additionalProperties;
      const markAll = this.tracking && extra ? code`\nif (${ev}) ${ev}.p.add(k);` : raw('');
      // Declared properties are not additional, but patternProperties still apply to them.
      const knownSwitch = known.length ? code`switch (k) { ${join(known, ' ')} matched = true; }\n` : raw('');
      const skipKnown = known.length && patterns.length === 0 && !markAll.text ? code`switch (k) { ${join(known, ' ')} continue; }\n` : undefined;
      // `matched` is needed only when something can set it: a pattern, or declared names not skipped.
      const needsMatched = tracksMatch && (patterns.length > 0 || (known.length > 0 && !skipKnown));
      const unmatched = needsMatched ? raw('!matched && ') : raw('');
      let additional = raw('');
      if (extra && !(extra.kind === 'boolean' && extra.value)) {
        const check = this.childCheck(extra, view, raw('x[k]'), raw('k'));
        additional =
          extra.kind === 'boolean'
            ? code`if (${unmatched}!(m & 2) && ${failAtCode(raw('k'), 'is not allowed (additionalProperties)')}) return false;`
            : needsMatched
              ? code`if (!matched) {\n${check}\n}`
              : check;
      }
      const matchedDecl = needsMatched ? raw('let matched = false;\n') : raw('');
      const known2 = needsMatched && !skipKnown ? knownSwitch : raw('');
      out.push(code`for (const k of keys) {\n${skipKnown ?? raw('')}${matchedDecl}${known2}${join(perPattern, '\n')}${patterns.length ? raw('\n') : raw('')}${additional}${markAll}\n}`);
    }
    return out;
  }

  private flagsOf(node: SchemaNode): { readOnly?: boolean | undefined; writeOnly?: boolean | undefined } {
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
  private inlineTest(schema: SchemaNode, v: Code): { fails: Code; message: Code } | undefined {
    const target = schema.kind === 'ref' ? this.plan.schemasById.get(schema.target)?.schema : schema;
    if (target?.kind !== 'keywords') return undefined;
    if (isTypeOnly(target)) return { fails: notTypeCheck(target.types!, v), message: lit(`must be ${target.types!.join(' or ')}`) };
    if (schema.kind === 'ref' || !isEnumOnly(target)) return undefined;
    const test = enumFailure(target.enum!, target.types, v, this.valuesOf);
    return test.foldsType || !target.types ? test : undefined;
  }

  /** Checks a child value: inlined when `inlineTest` can, a call otherwise. */
  private childCheck(schema: SchemaNode, view: SchemaView, value: Code, key: Code): Code {
    const inline = this.inlineTest(schema, value);
    if (inline) return code`if (${inline.fails} && haltAt(e, m, ${key}, ${inline.message})) return false;`;
    if (schema.kind === 'boolean' && schema.value) return raw('');
    return this.callChild(this.sub(schema, view), value, key);
  }

  private arrayChecks(s: KeywordSchemaNode, view: SchemaView, ev: Code): Code[] {
    const out: Code[] = [];
    if (s.minItems !== undefined) out.push(code`if (x.length < ${s.minItems} && ${failCode(`must have at least ${s.minItems} items`)}) return false;`);
    if (s.maxItems !== undefined) out.push(code`if (x.length > ${s.maxItems} && ${failCode(`must have at most ${s.maxItems} items`)}) return false;`);
    if (s.uniqueItems) out.push(code`if (!unique(x) && ${failCode('must not contain duplicate items')}) return false;`);
    const prefix = s.prefixItems ?? [];
    prefix.forEach((item, i) => {
      out.push(code`if (x.length > ${i}) {\n${this.childCheck(item, view, code`x[${i}]`, lit(i))}\n}`);
    });
    if (prefix.length && this.tracking) out.push(code`if (${ev}) ${ev}.i = Math.max(${ev}.i, Math.min(x.length, ${prefix.length}));`);
    if (s.items) {
      out.push(code`for (let i = ${prefix.length}; i < x.length; i++) {\n${this.childCheck(s.items, view, raw('x[i]'), raw('i'))}\n}`);
      if (this.tracking) out.push(code`if (${ev}) ${ev}.ai = true;`);
    }
    if (s.contains) {
      const fn = this.sub(s.contains, view);
      const min = s.minContains ?? 1;
      const track = this.tracking ? code` if (${ev}) ${ev}.c.add(i);` : raw('');
      // Counted as the spec has it: lenient matches would count against maxContains.
      out.push(code`{ let count = 0; for (let i = 0; i < x.length; i++) if (${fn}(x[i], null, m & ~2${this.evArg(undefined)})) { count++;${track} }`);
      out.push(code`if (count < ${min} && ${failCode(min === 1 ? 'must contain a matching item (contains)' : `must contain at least ${min} matching items`)}) return false;`);
      if (s.maxContains !== undefined) out.push(code`if (count > ${s.maxContains} && ${failCode(`must contain at most ${s.maxContains} matching items`)}) return false;`);
      out.push(raw('}'));
    }
    return out;
  }

  private applicators(s: KeywordSchemaNode, view: SchemaView, ev: Code): Code[] {
    const out: Code[] = [];
    if (s.ref) out.push(this.callInPlace(raw(this.plan.schemaValidator(s.ref, view)), ev));
    if (s.dynamicRef) out.push(this.callInPlace(this.dynamicTarget(s.dynamicRef, view), ev));
    for (const member of s.allOf ?? []) out.push(this.callInPlace(this.sub(member, view), ev));
    const picked = s.discriminator && this.discriminated(s, view, ev);
    if (picked) out.push(picked);
    else {
      if (s.anyOf) out.push(this.anyOf(s.anyOf, view, ev));
      if (s.oneOf) out.push(this.oneOf(s.oneOf, view, ev));
    }
    // `not` and `if` test their subschema as the spec has it: lenient mode (responses) accepting an
    // enum value the spec does not list must not make `not` fail or `if` pick its `then`.
    if (s.not) out.push(code`if (${this.sub(s.not, view)}(x, null, m & ~2${this.evArg(undefined)}) && ${failCode('must not match the schema in not')}) return false;`);
    if (s.if && (s.then || s.else)) {
      const test = this.sub(s.if, view);
      const tmp = this.tracking ? raw('const evIf: Ev = { p: new Set(), i: 0, c: new Set() };') : raw('');
      const merge = this.tracking ? code` mergeEv(${ev}, evIf);` : raw('');
      const thenCode = s.then ? this.callInPlace(this.sub(s.then, view), ev) : raw('');
      const elseCode = s.else ? this.callInPlace(this.sub(s.else, view), ev) : raw('');
      out.push(code`{ ${tmp} if (${test}(x, null, m & ~2${this.evArg(this.tracking ? raw('evIf') : undefined)})) {${merge} ${thenCode} } else { ${elseCode} } }`);
    } else if (s.if && this.tracking) {
      // A lone `if` asserts nothing, but when it passes its annotations count as evaluated
      // (2020-12 §10.2.2: "if" produces annotations like any subschema).
      out.push(code`if (${ev}) { const evIf: Ev = { p: new Set(), i: 0, c: new Set() }; if (${this.sub(s.if, view)}(x, null, m, evIf)) mergeEv(${ev}, evIf); }`);
    }
    return out;
  }

  private anyOf(alternatives: readonly SchemaNode[], view: SchemaView, ev: Code): Code {
    const fns = alternatives.map((a) => this.sub(a, view));
    const fail = failCode('must match at least one schema in anyOf');
    if (!this.tracking && fns.length <= LONG_LIST) {
      return code`if (!(${join(fns.map((f) => code`${f}(x, null, m)`), ' || ')}) && ${fail}) return false;`;
    }
    // Annotations come from every passing alternative, so none is skipped when they are tracked.
    const attempt = (f: Code): Code =>
      this.tracking
        ? code`{ const t: Ev = { p: new Set(), i: 0, c: new Set() }; if (${f}(x, null, m, t)) { any = true; mergeEv(${ev}, t); } }`
        : code`if (${f}(x, null, m)) { any = true; break; }`;
    const tries = fns.length > LONG_LIST ? code`for (const f of ${this.checkList(fns)}) ${attempt(raw('f'))}` : join(fns.map(attempt), '\n');
    return code`{ let any = false;\n${tries}\nif (!any && ${fail}) return false; }`;
  }

  /**
   * oneOf counts the alternatives a value matches as the spec has them. Lenient mode (responses)
   * lets an enum value the spec does not list yet through, which can make two alternatives match
   * (Shutterstock's country code: one enum of 3-letter codes, one of 2-letter codes, every valid
   * response failed): it is tried only when no alternative matches, and then any match will do.
   */
  private oneOf(alternatives: readonly SchemaNode[], view: SchemaView, ev: Code): Code {
    const fns = alternatives.map((a) => this.sub(a, view));
    const list = fns.length > LONG_LIST ? this.checkList(fns) : undefined;
    const tries = (mode: Code): Code => {
      const attempt = (f: Code): Code =>
        this.tracking
          ? code`{ const t: Ev = { p: new Set(), i: 0, c: new Set() }; if (${f}(x, null, ${mode}, t)) { count++; passed = t; } }`
          : code`if (${f}(x, null, ${mode})) count++;`;
      return list ? code`for (const f of ${list}) ${attempt(raw('f'))}` : join(fns.map(attempt), '\n');
    };
    const merge = this.tracking ? code` else if (passed) mergeEv(${ev}, passed);` : raw('');
    const decl = this.tracking ? raw('let passed: Ev | undefined;') : raw('');
    return code`{ let count = 0; ${decl}\n${tries(raw('m & ~2'))}\nif (count === 0 && m & 2) {\n${tries(raw('m'))}\nif (count > 1) count = 1;\n}\nif (count !== 1) { if (${failCode('must match exactly one schema in oneOf')}) return false; }${merge} }`;
  }

  /**
   * A hoisted array of check functions, built on first use: an alias (`const validateB = …`) the
   * list names may be declared further down the module, uninitialised while the module runs.
   */
  private checkList(fns: readonly Code[]): Code {
    const name = raw(`checks${this.lists++}`);
    this.declarations.push(code`let ${name}: Check[] | undefined;`);
    return code`(${name} ??= [${join([...fns], ', ')}])`;
  }

  /**
   * With a discriminator whose alternatives are all mapped `$ref`s, the property picks the branch.
   * A value without the tag, or with one mapped to nothing, is refused, unless 3.2's
   * `defaultMapping` names the schema that checks it.
   */
  private discriminated(s: KeywordSchemaNode, view: SchemaView, ev: Code): Code | undefined {
    const d = s.discriminator!;
    const alternatives = s.oneOf ?? s.anyOf ?? [];
    if (!dispatchesOnTag(s)) return undefined;
    const check = (target: SchemaId) => this.callInPlace(raw(this.plan.schemaValidator(target, view)), ev);
    const cases = d.mapping
      .filter((mm) => alternatives.some((a) => a.kind === 'ref' && a.target === mm.target))
      .map((mm) => code`case ${mm.value}: ${check(mm.target)} break;`);
    const values = d.mapping.map((mm) => mm.value).join(', ');
    const prop = lit(d.propertyName);
    const fallback = d.defaultTarget && check(d.defaultTarget);
    const absent = fallback ?? code`if (${failAtCode(prop, 'is required (discriminator)')}) return false;`;
    const unmapped = fallback ?? code`if (!(m & 2) && ${failAtCode(prop, `must be one of: ${values}`)}) return false;`;
    return code`if (typeof x === "object" && x !== null && !Array.isArray(x)) {\nconst tag = own(x, ${prop});\nif (tag === undefined) { ${absent} }\nelse switch (tag) {\n${join(cases, '\n')}\ndefault: ${unmapped}\n}\n}`;
  }

  private unevaluated(s: KeywordSchemaNode, view: SchemaView): Code[] {
    const out: Code[] = [];
    if (s.unevaluatedProperties) {
      const u = s.unevaluatedProperties;
      const check =
        u.kind === 'boolean'
          ? u.value
            ? raw('ev0.p.add(k);')
            : code`if (!(m & 2) && ${failAtCode(raw('k'), 'is not allowed (unevaluatedProperties)')}) return false;`
          : code`${this.callChild(this.sub(u, view), raw('x[k]'), raw('k'))} ev0.p.add(k);`;
      out.push(code`if (typeof x === "object" && x !== null && !Array.isArray(x) && !ev0.a) { for (const k of Object.keys(x)) { if (ev0.p.has(k)) continue; ${check} } ev0.a = true; }`);
    }
    if (s.unevaluatedItems) {
      const u = s.unevaluatedItems;
      const check = u.kind === 'boolean' ? (u.value ? raw('') : code`if (${failAtCode(raw('i'), 'is not allowed (unevaluatedItems)')}) return false;`) : this.callChild(this.sub(u, view), raw('x[i]'), raw('i'));
      out.push(code`if (Array.isArray(x) && !ev0.ai) { for (let i = ev0.i; i < x.length; i++) { if (ev0.c.has(i)) continue; ${check} } ev0.ai = true; }`);
    }
    return out;
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

const ANNOTATIONS = new Set(['kind', 'pointer', 'types', 'title', 'description', 'deprecated', 'examples', 'default', 'readOnly', 'writeOnly', 'enumMembers', 'knownValues']);

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

/**
 * The expression that is true when `v` is not one of `values`, and the issue's message. Lenient mode
 * (responses) lets through a value of the right type that the spec does not list yet. When every
 * value has the schema's one type (`type: string` with a string enum, the common case), the type
 * test folds into it: one test and one issue, "must be string" or "must be one of: …".
 */
function enumFailure(values: readonly unknown[], types: readonly JsonType[] | undefined, v: Code, valuesOf: (values: readonly unknown[], asSet: boolean) => Code): { fails: Code; message: Code; foldsType: boolean } {
  const primitive = values.every(isPrimitive);
  const test =
    values.length === 0
      ? raw('false')
      : primitive && values.length > LONG_CHAIN
        ? code`${valuesOf(values, true)}.has(${v})`
        : values.length > LONG_LIST
          ? code`${valuesOf(values, false)}.some((value) => eq(${v}, value))`
          : join(values.map((value) => equals(v, value)), ' || ');
  const shown = 'must be one of: ' + values.slice(0, 20).map((value) => (typeof value === 'string' ? value : JSON.stringify(value))).join(', ') + (values.length > 20 ? ', …' : '');
  const kinds = [...new Set(values.map((value) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value)))];
  const kind = kinds.length === 1 && (kinds[0] === 'string' || kinds[0] === 'number') ? kinds[0] : undefined;
  const lenientOk = kind && (!types || types.length > 0) ? code` && !((m & 2) && typeof ${v} === ${kind})` : raw('');
  const foldsType = kind !== undefined && types?.length === 1 && types[0] === kind;
  const message = foldsType ? code`${notTypeCheck(types, v)} ? ${`must be ${kind}`} : ${shown}` : lit(shown);
  return { fails: code`!(${test})${lenientOk}`, message, foldsType };
}

type Primitive = string | number | boolean | null;

function isPrimitive(value: unknown): value is Primitive {
  return value === null || typeof value !== 'object';
}

/**
 * Enums with more values than this are a `Set` lookup rather than a chain of `===` tests (and
 * enums of objects or arrays past LONG_LIST a loop over an array).
 */
const LONG_CHAIN = 16;

/**
 * anyOf/oneOf with more alternatives than this are tried in a loop over an array. A chain
 * `a || b || …` that long overflows TypeScript's binder, which recurses once per operand (a
 * consumer's `tsc` crashed on a 2,476-value enum, APIs.guru storecove.com, `@ts-nocheck` or not), and
 * one statement per alternative grows past what its control flow analysis takes (TS2563).
 */
const LONG_LIST = 256;

/** `x === value`, or deep equality for objects and arrays. */
function equals(x: Code, value: unknown): Code {
  if (value === null || typeof value !== 'object') return code`${x} === ${lit(value as string | number | boolean | null)}`;
  return code`eq(${x}, ${lit(value as never)})`;
}

/** A failure of the current value: stop unless collecting every issue. */
function failCode(message: string): Code {
  return code`halt(e, m, ${message})`;
}

/** A failure of a child value at `key`. */
function failAtCode(key: Code, message: string): Code {
  return code`haltAt(e, m, ${key}, ${message})`;
}
