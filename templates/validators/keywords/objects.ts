/**
 * Object keywords: `properties` (inlined type tests where they can be), `required` in the schema's
 * read or write view, `dependentRequired`/`dependentSchemas`, `propertyNames`,
 * `patternProperties`, `additionalProperties`, and the property counts.
 * Each is a function of the compiler (`ValidatorCompiler`), returning the statements that check `x`.
 */
import { code, join, lit, prop, raw, when, type Code } from '../../../generator/safe/code.js';
import type { KeywordSchemaNode, NamedSchemaEntry, SchemaNode } from '../../../generator/ir/ir.js';
import type { SchemaView } from '../../../generator/plan/plan.js';
import { rejectAtIf, rejectIf, type ValidatorCompiler } from '../compile-schema.js';
import type { InlineTest } from '../inline-tests.js';

export function objectChecks(c: ValidatorCompiler, s: KeywordSchemaNode, view: SchemaView, ev: Code): Code[] {
  const o = objectReading(c, s, view);
  const out: Code[] = [];
  for (const name of o.required) {
    if (o.inlined.has(name)) continue;
    out.push(rejectAtIf(code`${o.read(name)} === undefined`, lit(name), 'is required'));
  }
  const needsKeys =
    s.additionalProperties ||
    s.patternProperties?.length ||
    s.propertyNames ||
    s.minProperties !== undefined ||
    s.maxProperties !== undefined;
  if (needsKeys) out.push(raw('const keys = Object.keys(x);'));
  if (s.minProperties !== undefined)
    out.push(rejectIf(code`keys.length < ${s.minProperties}`, `must have at least ${s.minProperties} properties`));
  if (s.maxProperties !== undefined)
    out.push(rejectIf(code`keys.length > ${s.maxProperties}`, `must have at most ${s.maxProperties} properties`));
  for (const { name, schema } of o.props) out.push(propertyCheck(c, o, name, schema, view, ev));
  out.push(...dependentChecks(c, s, o, view, ev));
  if (s.propertyNames) {
    out.push(code`for (const k of keys) {\n${c.callChild(c.subValue(s.propertyNames, view), raw('k'), raw('k'))}\n}`);
  }
  const keysLoop = keyChecks(c, s, o.props, view, ev);
  if (keysLoop) out.push(keysLoop);
  // `Object.create({ a: 'x' })`, or `{}` after `Object.prototype.a = 'x'` (a polluted prototype),
  // meets no `required: [a]`: one check per object with requirements, not one per property read
  // (which cost the validators 7× on a 20-field map).
  if (o.requires && out.length > 0) out.unshift(raw('x = ownView(x);'));
  return out;
}

/** How an object's properties are read and which checks they need, in one view. */
interface ObjectReading {
  readonly props: readonly NamedSchemaEntry[];
  /** Why a property is left out of this view (a read-only one in a request, a write-only one in a response). */
  hidden(name: string): 'readOnly' | 'writeOnly' | undefined;
  /** The expression reading a property of `x`. */
  read(name: string): Code;
  /** Required in this view (a read-only field is not required in a request, a write-only one not in a response). */
  readonly required: ReadonlySet<string>;
  /** Whether the object has requirements, so is read through `ownView`. */
  readonly requires: boolean;
  /** Whether a failure must ask if the value was the object's own. */
  ownOnFailure(name: string): boolean;
  /** Properties checked by one inlined test, with the call that reports a failure. */
  readonly inlined: ReadonlyMap<string, InlineTest>;
}

function objectReading(c: ValidatorCompiler, s: KeywordSchemaNode, view: SchemaView): ObjectReading {
  const props = s.properties ?? [];
  const hidden = (name: string): 'readOnly' | 'writeOnly' | undefined => {
    const p = props.find((q) => q.name === name)?.schema;
    const flags = p && c.flagsOf(p);
    if (view === 'write' && flags?.readOnly) return 'readOnly';
    if (view === 'read' && flags?.writeOnly) return 'writeOnly';
    return undefined;
  };
  // Names Object.prototype has (`constructor`, `toString`) are read as own properties; for others a
  // plain read is exact, since `ownView` gave `x` no inherited properties to find.
  const read = (name: string): Code =>
    Object.prototype.hasOwnProperty.call(Object.prototype, name) ? code`own(x, ${name})` : code`x${prop(name)}`;
  const required = new Set((s.required ?? []).filter((name) => !hidden(name)));
  // Own properties only. An object with requirements is read through `ownView`: an inherited
  // property could meet `required`. Elsewhere a value read is checked as it is, and only a failure
  // asks whether the value was the object's own (an inherited one is absent, no issue): nothing is
  // spent on the valid path.
  const requires = required.size > 0 || (s.dependentRequired?.length ?? 0) > 0 || (s.dependentSchemas?.length ?? 0) > 0;
  const ownOnFailure = (name: string): boolean =>
    !requires && !Object.prototype.hasOwnProperty.call(Object.prototype, name);
  // Properties checked by one inlined test: when also required, the same test says "is required"
  // (every type test fails on undefined), so a required string costs one test, not two.
  const inlined = new Map<string, InlineTest>();
  if (!c.tracks) {
    for (const { name, schema } of props) {
      const test = hidden(name) === 'readOnly' ? undefined : c.inlineTest(schema, read(name));
      if (test) inlined.set(name, test);
    }
  }
  return { props, hidden, read, required, requires, ownOnFailure, inlined };
}

/** The check of one declared property. */
function propertyCheck(
  c: ValidatorCompiler,
  o: ObjectReading,
  name: string,
  schema: SchemaNode,
  view: SchemaView,
  ev: Code,
): Code {
  const read = o.read(name);
  const ifOwn = o.ownOnFailure(name) ? code`own(x, ${name}) !== undefined && ` : raw('');
  if (o.hidden(name) === 'readOnly') {
    const present = code`${read} !== undefined${when(o.ownOnFailure(name), code` && own(x, ${name}) !== undefined`)}`;
    return rejectAtIf(present, lit(name), 'is read-only and must not be sent');
  }
  const inline = o.inlined.get(name);
  if (inline && o.required.has(name))
    return code`if (${inline.fails} && ${inline.failure(lit(name), true)}) return false;`;
  if (inline) {
    const halt = inline.failure(lit(name), false);
    return code`if (${read} !== undefined && ${inline.fails} && ${ifOwn}${halt}) return false;`;
  }
  if (!c.tracks && schema.kind !== 'boolean') {
    // One statement per property: no block, no temporary.
    const halt = o.ownOnFailure(name)
      ? code`(own(x, ${name}) !== undefined ? haltChild(e, m, n, ${lit(name)}) : drop(e, n))`
      : code`haltChild(e, m, n, ${lit(name)})`;
    const fails = code`!${c.subValue(schema, view)}(${read}, e, m)`;
    return code`n = mark(e);\nif (${read} !== undefined && ${fails} && ${halt}) return false;`;
  }
  const check = c.childCheck(schema, view, code`v`, lit(name));
  const track = c.tracks ? code`\nif (${ev}) ${ev}.p.add(${name});` : raw('');
  return code`{ const v = ${read}; if (v !== undefined) {\n${check}${track}\n} }`;
}

/** `dependentRequired` and `dependentSchemas`: what a present property brings with it. */
function dependentChecks(
  c: ValidatorCompiler,
  s: KeywordSchemaNode,
  o: ObjectReading,
  view: SchemaView,
  ev: Code,
): Code[] {
  const out: Code[] = [];
  for (const dep of s.dependentRequired ?? []) {
    const missing = dep.required.map((r) =>
      rejectAtIf(code`${o.read(r)} === undefined`, lit(r), `is required when ${dep.name} is present`),
    );
    out.push(code`if (${o.read(dep.name)} !== undefined) {\n${join(missing, '\n')}\n}`);
  }
  for (const dep of s.dependentSchemas ?? []) {
    out.push(code`if (${o.read(dep.name)} !== undefined) ${c.callInPlace(c.sub(dep.schema, view), ev)}`);
  }
  return out;
}

/**
 * The loop over the object's keys for `patternProperties` and `additionalProperties`: declared
 * properties are not additional, but pattern properties still apply to them.
 */
function keyChecks(
  c: ValidatorCompiler,
  s: KeywordSchemaNode,
  props: readonly NamedSchemaEntry[],
  view: SchemaView,
  ev: Code,
): Code | undefined {
  const patterns = s.patternProperties ?? [];
  if (!s.additionalProperties && !patterns.length) return undefined;
  const known = props.map((p) => code`case ${p.name}:`);
  const tracksMatch =
    s.additionalProperties !== undefined &&
    !(s.additionalProperties.kind === 'boolean' && s.additionalProperties.value);
  const perPattern = patterns.map((p) => {
    // The pattern first: hoisted constants are numbered in the order they are asked for.
    const test = c.pattern(p.pattern);
    const check = c.childCheck(p.schema, view, raw('x[k]'), raw('k'));
    const track = c.tracks ? code` if (${ev}) ${ev}.p.add(k);` : raw('');
    return code`if (${test}.test(k)) { ${when(tracksMatch, raw('matched = true; '))}${check}${track} }`;
  });
  const extra = s.additionalProperties;
  const markAll = c.tracks && extra ? code`\nif (${ev}) ${ev}.p.add(k);` : raw('');
  const knownSwitch = known.length ? code`switch (k) { ${join(known, ' ')} matched = true; }\n` : raw('');
  const skipKnown =
    known.length && patterns.length === 0 && !markAll.text
      ? code`switch (k) { ${join(known, ' ')} continue; }\n`
      : undefined;
  // `matched` is needed only when something can set it: a pattern, or declared names not skipped.
  const needsMatched = tracksMatch && (patterns.length > 0 || (known.length > 0 && !skipKnown));
  const unmatched = needsMatched ? raw('!matched && ') : raw('');
  let additional = raw('');
  if (extra && !(extra.kind === 'boolean' && extra.value)) {
    const check = c.childCheck(extra, view, raw('x[k]'), raw('k'));
    additional =
      extra.kind === 'boolean'
        ? rejectAtIf(code`${unmatched}!(m & 2)`, raw('k'), 'is not allowed (additionalProperties)')
        : needsMatched
          ? code`if (!matched) {\n${check}\n}`
          : check;
  }
  const matchedDecl = needsMatched ? raw('let matched = false;\n') : raw('');
  const known2 = needsMatched && !skipKnown ? knownSwitch : raw('');
  const separator = patterns.length ? raw('\n') : raw('');
  const before = code`${skipKnown ?? raw('')}${matchedDecl}${known2}`;
  return code`for (const k of keys) {\n${before}${join(perPattern, '\n')}${separator}${additional}${markAll}\n}`;
}
