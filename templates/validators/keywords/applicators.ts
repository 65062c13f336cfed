/**
 * In-place applicators: `$ref`, `$dynamicRef`, `allOf`, `anyOf`, `oneOf` (or the branch a
 * `discriminator` picks), `not`, `if`/`then`/`else`.
 * Each is a function of the compiler (`ValidatorCompiler`), returning the statements that check `x`.
 */
import { code, join, lit, raw, type Code } from '../../../generator/safe/code.js';
import type { KeywordSchemaNode, SchemaId, SchemaNode, TagValue } from '../../../generator/ir/ir.js';
import { dispatchesOnTag, unionTag, unmappedAlternatives } from '../../../generator/ir/tag-values.js';
import type { SchemaView } from '../../../generator/plan/plan.js';
import { failAtCode, rejectAtIf, rejectIf, whenObject, type ValidatorCompiler } from '../compile-schema.js';
import { LONG_LIST } from '../inline-tests.js';

/**
 * A fresh annotation record for an alternative tried on its own (`t`) or for `if` (`evIf`), made
 * only when this check's own record (`ev`) is asked for. One `unevaluatedProperties` in a spec puts
 * every check of the module in tracking mode, and most are called with none: allocating two sets
 * per alternative anyway made a plain object with three small unions 7× slower to check.
 */
const newEv = (name: Code, ev: Code): Code =>
  code`const ${name} = ${ev} && { p: new Set<string>(), i: 0, c: new Set<number>() };`;

/**
 * The check a `$dynamicRef` calls: chosen at run time from the resources that declare its anchor,
 * by which of them the dynamic scope entered first; the static target when none did.
 */

export function dynamicTarget(
  c: ValidatorCompiler,
  ref: NonNullable<KeywordSchemaNode['dynamicRef']>,
  view: SchemaView,
): Code {
  const fallback = c.plan.schemaValidator(ref.fallback, view);
  if (ref.candidates.length === 0) return fallback;
  const resources = ref.candidates.map((candidate) => lit(c.resourceNumber(candidate.resource)));
  const checks = ref.candidates.map((candidate) => c.plan.schemaValidator(candidate.target, view));
  return code`dynamicCheck(scope, [${join(resources, ', ')}], [${join(checks, ', ')}], ${fallback})`;
}

export function applicators(c: ValidatorCompiler, s: KeywordSchemaNode, view: SchemaView, ev: Code): Code[] {
  const out: Code[] = [];
  if (s.ref) out.push(c.callInPlace(c.plan.schemaValidator(s.ref, view), ev));
  if (s.dynamicRef) out.push(c.callInPlace(dynamicTarget(c, s.dynamicRef, view), ev));
  for (const member of s.allOf ?? []) out.push(c.callInPlace(c.sub(member, view), ev));
  const picked = s.discriminator && discriminated(c, s, view, ev);
  if (picked) out.push(picked);
  else {
    if (s.anyOf) out.push(anyOf(c, s.anyOf, view, ev));
    if (s.oneOf) out.push(oneOf(c, s.oneOf, view, ev));
  }
  // `not` and `if` test their subschema as the spec has it: lenient mode (responses) accepting an
  // enum value the spec does not list must not make `not` fail or `if` pick its `then`.
  if (s.not)
    out.push(
      rejectIf(code`${c.sub(s.not, view)}(x, null, m & ~2${c.evArg(undefined)})`, 'must not match the schema in not'),
    );
  if (s.if && (s.then || s.else)) {
    const test = c.sub(s.if, view);
    const tmp = c.tracks ? newEv(raw('evIf'), ev) : raw('');
    const merge = c.tracks ? code` mergeEv(${ev}, evIf);` : raw('');
    const thenCode = s.then ? c.callInPlace(c.sub(s.then, view), ev) : raw('');
    const elseCode = s.else ? c.callInPlace(c.sub(s.else, view), ev) : raw('');
    const passes = code`${test}(x, null, m & ~2${c.evArg(c.tracks ? raw('evIf') : undefined)})`;
    out.push(code`{ ${tmp} if (${passes}) {${merge} ${thenCode} } else { ${elseCode} } }`);
  } else if (s.if && c.tracks) {
    // A lone `if` asserts nothing, but when it passes its annotations count as evaluated
    // (2020-12 §10.2.2: "if" produces annotations like any subschema).
    const evIf = newEv(raw('evIf'), ev);
    out.push(code`if (${ev}) { ${evIf} if (${c.sub(s.if, view)}(x, null, m, evIf)) mergeEv(${ev}, evIf); }`);
  }
  return out;
}

export function anyOf(c: ValidatorCompiler, alternatives: readonly SchemaNode[], view: SchemaView, ev: Code): Code {
  const fns = alternatives.map((a) => c.sub(a, view));
  const message = 'must match at least one schema in anyOf';
  // Annotations come from every passing alternative, so none is skipped when they are asked for.
  const attempt = (f: Code): Code =>
    c.tracks
      ? code`if (${ev} || !any) { ${newEv(raw('t'), ev)} if (${f}(x, null, m, t)) { any = true; mergeEv(${ev}, t); } }`
      : code`if (${f}(x, null, m)) { any = true; break; }`;
  const looped = () => {
    const list = c.checkList(fns);
    return code`{ let any = false;
for (const f of ${list}) ${attempt(raw('f'))}
if (!any && ${unionFailure(c, alternatives, code`...${list}`, raw('0'), message)}) return false; }`;
  };
  if (fns.length > LONG_LIST) return looped();
  // With a tag, the alternatives are tried only by a value without a known one: a loop will do there.
  const tag = dispatchTag(c, alternatives);
  if (tag) return byTag(c, tag, fns, looped(), ev);
  if (!c.tracks) {
    const refused = unionFailure(c, alternatives, join(fns, ', '), raw('0'), message);
    return code`if (!(${join(
      fns.map((f) => code`${f}(x, null, m)`),
      ' || ',
    )}) && ${refused}) return false;`;
  }
  const refused = unionFailure(c, alternatives, join(fns, ', '), raw('0'), message);
  return code`{ let any = false;\n${join(fns.map(attempt), '\n')}\nif (!any && ${refused}) return false; }`;
}

/**
 * oneOf counts the alternatives a value matches as the spec has them. Lenient mode (responses)
 * lets an enum value the spec does not list yet through, which can make two alternatives match
 * (Shutterstock's country code: one enum of 3-letter codes, one of 2-letter codes, every valid
 * response failed): it is tried only when no alternative matches, and then any match will do. So
 * does a value strict mode found two alternatives for: a loose `oneOf` of open objects (PagerDuty's,
 * GitHub's event payloads), which the server's every value may match twice, where the type `A | B`
 * takes it all the same; lenient mode checks what the types promise, strict mode the spec's letter.
 */
export function oneOf(c: ValidatorCompiler, alternatives: readonly SchemaNode[], view: SchemaView, ev: Code): Code {
  const fns = alternatives.map((a) => c.sub(a, view));
  const tag = fns.length > LONG_LIST ? undefined : dispatchTag(c, alternatives);
  // With a tag, the alternatives are tried only by a value without a known one: a loop will do there.
  const list = fns.length > LONG_LIST || tag ? c.checkList(fns) : undefined;
  const tries = (mode: Code): Code => {
    const attempt = (f: Code): Code =>
      c.tracks
        ? code`{ ${newEv(raw('t'), ev)} if (${f}(x, null, ${mode}, t)) { count++; passed = t; } }`
        : code`if (${f}(x, null, ${mode})) count++;`;
    return list ? code`for (const f of ${list}) ${attempt(raw('f'))}` : join(fns.map(attempt), '\n');
  };
  const merge = c.tracks ? code` else if (passed) mergeEv(${ev}, passed);` : raw('');
  const decl = c.tracks ? raw('let passed: Ev | undefined;') : raw('');
  const lenient = code`if (count === 0 && m & 2) {\n${tries(raw('m'))}\n}\nif (count > 1 && m & 2) count = 1;`;
  const message = 'must match exactly one schema in oneOf';
  // The closest alternative's issues (runtime haltUnion), from the list constant where there is one.
  const fail = unionFailure(c, alternatives, list ? code`...${list}` : join(fns, ', '), raw('count'), message);
  const strict = code`let count = 0; ${decl}\n${tries(raw('m & ~2'))}`;
  const counted = code`{ ${strict}\n${lenient}\nif (count !== 1) { if (${fail}) return false; }${merge} }`;
  return tag ? byTag(c, tag, fns, counted, ev) : counted;
}

/**
 * `haltUnion(…)`: the union's failure, reported by the alternative that came closest if one did.
 * `checks` are the alternatives' checks as arguments: written out, or a list constant spread; the
 * types each admits let the runtime skip those the value's type rules out.
 */
function unionFailure(
  c: ValidatorCompiler,
  alternatives: readonly SchemaNode[],
  checks: Code,
  matched: Code,
  message: string,
): Code {
  return code`haltUnion(e, m, x, ${matched}, ${lit(message)}, ${c.admittedTypesOf(alternatives)}, ${checks})`;
}

/**
 * A union whose alternatives each pin a property to their own values (`unionTag`): a value carrying
 * one of those values is checked by the alternative that lists it, alone, and gets that
 * alternative's issues ("meows: must be boolean", as a discriminator gives). Every other
 * alternative fails it in strict mode, so the answer is the same, with one call instead of one per
 * alternative; and lenient mode, which lets a tag an alternative does not list through as one added
 * since, can no longer pass a known variant's value that its own alternative refused. Any other
 * value (no tag, an unlisted one) is tried as `tried` does. Beside `unevaluated*` too: the other
 * alternatives fail, so only the picked one's annotations would have counted; it records them in `ev`.
 */
function byTag(c: ValidatorCompiler, tag: DispatchTag, fns: Code[], tried: Code, ev: Code): Code {
  const table = c.checkByTag(tag.values.flatMap((values, i) => values.map((v) => [v, fns[i]!] as const)));
  const pick = code`const f = isObject(x) ? ${table}.get(own(x, ${lit(tag.property)})) : undefined;`;
  return code`{ ${pick}\nif (f !== undefined) { ${c.callInPlace(raw('f'), ev)} } else { ${tried} } }`;
}

/** A tag every alternative of a union pins (`unionTag`), the values of each alternative known. */
interface DispatchTag {
  readonly property: string;
  readonly values: readonly (readonly TagValue[])[];
}

function dispatchTag(c: ValidatorCompiler, alternatives: readonly SchemaNode[]): DispatchTag | undefined {
  const tag = unionTag(alternatives, c.plan.schemasById);
  if (!tag || tag.values.some((v) => v === undefined)) return undefined;
  return { property: tag.property, values: tag.values as (readonly TagValue[])[] };
}

/**
 * With a discriminator over `$ref` alternatives, the property picks the branch it maps. A value
 * without the tag, or with one mapped to nothing, is checked by 3.2's `defaultMapping`, else by the
 * union of the alternatives no tag picks, else refused.
 */
export function discriminated(
  c: ValidatorCompiler,
  s: KeywordSchemaNode,
  view: SchemaView,
  ev: Code,
): Code | undefined {
  const d = s.discriminator!;
  const alternatives = s.oneOf ?? s.anyOf ?? [];
  if (!dispatchesOnTag(s)) return undefined;
  const check = (target: SchemaId) => c.callInPlace(c.plan.schemaValidator(target, view), ev);
  const cases = d.mapping
    .filter((mm) => alternatives.some((a) => a.kind === 'ref' && a.target === mm.target))
    .map((mm) => code`case ${mm.value}: ${check(mm.target)} break;`);
  const values = d.mapping.map((mm) => mm.value).join(', ');
  const prop = lit(d.propertyName);
  const unmapped = unmappedAlternatives(s);
  const rest =
    unmapped.length === 0 ? undefined : s.oneOf ? oneOf(c, unmapped, view, ev) : anyOf(c, unmapped, view, ev);
  const fallback = d.defaultTarget ? check(d.defaultTarget) : rest && code`{ ${rest} }`;
  const absent = fallback ?? code`if (${failAtCode(prop, 'is required (discriminator)')}) return false;`;
  const other = fallback ?? rejectAtIf(code`!(m & 2)`, prop, `must be one of: ${values}`);
  const dispatch = code`switch (tag) {\n${join(cases, '\n')}\ndefault: ${other}\n}`;
  return whenObject(code`const tag = own(x, ${prop});\nif (tag === undefined) { ${absent} }\nelse ${dispatch}`);
}
