/**
 * The opt-in `dates: 'Date'` transform: functions that turn `format: date-time` strings into `Date`
 * objects wherever the response schema puts them (nested objects, arrays, maps, unions, `$ref`s,
 * error bodies). `format: date` is left alone: a `YYYY-MM-DD` string has no time zone to shift.
 * Only schemas that contain a date-time get a function; the rest cost nothing. The functions change
 * the value they are given: the client owns the parsed body; a validator converts a copy.
 */
import { code, ident, join, lit, prop, raw, type Code, type Ident } from '../../generator/safe/code.js';
import type { SchemaId, SchemaNode } from '../../generator/ir/ir.js';
import type { Plan } from '../../generator/plan/plan.js';
import { dynamicTargets, forEachChild } from '../../generator/ir/visit.js';

/** The statement of a date-time itself: one object, so that a bare date-time is known by identity. */
const TO_DATE = raw('v = toDate(v);');

// Exported: the client and the validators import them from the one module.
function functionCode(name: Ident, statements: readonly Code[]): Code {
  return code`export function ${name}(v: any): any {\n${join(statements, '\n')}\nreturn v;\n}`;
}

export class DateTransformCompiler {
  readonly declarations: Code[] = [];
  private counter = 0;
  private readonly named = new Map<SchemaId, Ident | null>();
  private readonly hasDatesMemo = new Map<SchemaId, boolean>();

  constructor(private readonly plan: Plan) {}

  /** The name of a function transforming values of `node`, or undefined when there is nothing to do. */
  transform(node: SchemaNode | undefined): Code | undefined {
    if (!node || !this.hasDates(node, new Set())) return undefined;
    if (node.kind === 'ref') return this.namedTransform(node.target);
    const statements = this.statements(node);
    // A bare date-time needs no function of its own.
    if (statements.length === 1 && statements[0] === TO_DATE) return raw('toDate');
    const name = ident(`t${this.counter++}`);
    this.declarations.push(functionCode(name, statements));
    return name;
  }

  /** The function of a named schema (its read view), or undefined when it holds no date-time. */
  namedTransform(id: SchemaId): Code | undefined {
    const known = this.named.get(id);
    if (known !== undefined) return known === null ? undefined : known;
    const target = this.plan.schemasById.get(id)?.schema;
    if (!target || !this.hasDates(target, new Set())) {
      this.named.set(id, null);
      return undefined;
    }
    const name = ident(`t${this.counter++}`);
    this.named.set(id, name); // before compiling: recursive schemas refer to themselves
    this.declarations.push(functionCode(name, this.statements(target)));
    return name;
  }

  private statements(node: SchemaNode): Code[] {
    if (node.kind === 'boolean') return [];
    if (node.kind === 'ref') {
      const t = this.namedTransform(node.target);
      return t ? [code`v = ${t}(v);`] : [];
    }
    const out: Code[] = [];
    if (node.format === 'date-time' && (!node.types || node.types.includes('string'))) out.push(TO_DATE);
    const fieldCode: Code[] = [];
    const known = new Set<string>();
    for (const { name, schema } of node.properties ?? []) {
      known.add(name);
      const t = this.transform(schema);
      if (!t) continue;
      // A prototype member name is converted only as an own property: `v.constructor` would read
      // Object, and assigning `v.__proto__` where it is not own would set the prototype.
      const present = Object.prototype.hasOwnProperty.call(Object.prototype, name)
        ? code`Object.prototype.hasOwnProperty.call(v, ${name})`
        : code`v${prop(name)} !== undefined`;
      fieldCode.push(code`if (${present}) v${prop(name)} = ${t}(v${prop(name)});`);
    }
    const extra = node.additionalProperties && this.transform(node.additionalProperties);
    if (extra) {
      // Own keys only: assigning an own `__proto__` data property (JSON.parse makes one) sets the property.
      const skip = known.size
        ? code`if (${join(
            [...known].map((k) => code`k === ${k}`),
            ' || ',
          )}) continue; `
        : raw('');
      fieldCode.push(code`for (const k of Object.keys(v)) { ${skip}v[k] = ${extra}(v[k]); }`);
    }
    if (fieldCode.length)
      out.push(code`if (typeof v === "object" && v !== null && !Array.isArray(v)) {\n${join(fieldCode, '\n')}\n}`);
    const itemCode: Code[] = [];
    (node.prefixItems ?? []).forEach((item, i) => {
      const t = this.transform(item);
      if (t) itemCode.push(code`if (v.length > ${i}) v[${i}] = ${t}(v[${i}]);`);
    });
    const items = node.items && this.transform(node.items);
    if (items)
      itemCode.push(
        code`for (let i = ${lit(node.prefixItems?.length ?? 0)}; i < v.length; i++) v[i] = ${items}(v[i]);`,
      );
    if (itemCode.length) out.push(code`if (Array.isArray(v)) {\n${join(itemCode, '\n')}\n}`);
    if (node.ref) {
      const t = this.namedTransform(node.ref);
      if (t) out.push(code`v = ${t}(v);`);
    }
    // A `$dynamicRef`'s targets, like composition members: each converts the shapes it describes.
    for (const id of dynamicTargets(node)) {
      const t = this.namedTransform(id);
      if (t) out.push(code`v = ${t}(v);`);
    }
    // Composition: each member transforms only the shapes it describes (toDate needs a date-time string).
    for (const member of [...(node.allOf ?? []), ...(node.anyOf ?? []), ...(node.oneOf ?? [])]) {
      const t = this.transform(member);
      if (t) out.push(code`v = ${t}(v);`);
    }
    return out;
  }

  /** Whether a date-time occurs in `node` (through refs; cycle-safe). */
  private hasDates(node: SchemaNode, seen: Set<SchemaId>): boolean {
    if (node.kind === 'ref' || (node.kind === 'keywords' && node.ref)) {
      const id = node.kind === 'ref' ? node.target : node.ref!;
      const memo = this.hasDatesMemo.get(id);
      if (memo !== undefined) {
        if (memo) return true;
      } else if (!seen.has(id)) {
        seen.add(id);
        const target = this.plan.schemasById.get(id)?.schema;
        const found = !!target && this.hasDates(target, seen);
        if (found || seen.size === 1) this.hasDatesMemo.set(id, found);
        if (found) return true;
      }
      if (node.kind === 'ref') return false;
    }
    if (node.kind === 'keywords' && node.format === 'date-time') return true;
    if (dynamicTargets(node).some((id) => this.hasDates({ kind: 'ref', pointer: node.pointer, target: id }, seen)))
      return true;
    let found = false;
    forEachChild(node, (c) => {
      if (!found && this.hasDates(c, seen)) found = true;
    });
    return found;
  }
}
