/**
 * The schemas the MSW faker reads (templates/runtime/msw/answers.ts `FakeSchema`), made from the model:
 * the keywords that shape a value, a named schema as a `ref` into one shared table, pattern samples
 * worked out here, writeOnly properties left out (responses are the read view). Everything is data,
 * emitted through `lit`. A write view of the same table (`writeView`) leaves readOnly properties
 * out instead, for `fakes.<Schema>.write()`: a request body.
 */
import type { KeywordSchemaNode, SchemaId, SchemaNode } from '../../generator/ir/ir.js';
import type { Literal } from '../../generator/safe/code.js';
import { unionTag, type Schemas } from '../../generator/ir/tag-values.js';
import type { InheritedTag } from '../../generator/analyse/analyse.js';
import { patternSamples } from './pattern-samples.js';

type Fake = { [k: string]: Literal | undefined };

/** Below this many characters of text, an inline fake repeated stays inline. */
const MIN_SHARED_TEXT = 300;

/** The write view of a table: the read view it shares the table with, and the schemas whose views differ. */
interface WriteView {
  readonly read: FakeSchemaTable;
  readonly differs: ReadonlySet<SchemaId>;
}

/** The discriminator tags children inherit (analyse's `inheritedTags`), which their validators check. */
type Tags = ReadonlyMap<SchemaId, InheritedTag>;

/** Converts schemas, collecting every named schema they reach into `table`. */
export class FakeSchemaTable {
  /** By key: a schema's ID, and `<ID> (write)` for the write view of one whose views differ. */
  readonly table: Map<string, Fake>;
  private readonly pending: { key: string; id: SchemaId }[] = [];
  /** Inline fakes by their text: the first met, then their table key once met twice (`shared`). */
  private readonly shares: { readonly byText: Map<string, { readonly first: Fake } | string>; count: number };
  private writer: FakeSchemaTable | undefined;

  constructor(
    private readonly schemas: Schemas,
    private readonly tags: Tags = new Map(),
    private readonly write?: WriteView,
  ) {
    this.table = write ? write.read.table : new Map();
    this.shares = write ? write.read.shares : { byText: new Map(), count: 0 };
  }

  /**
   * The write (request) view, sharing this table: readOnly properties left out, writeOnly ones
   * kept; a named schema whose views do not differ (`differs`: `accessViews`) is the read entry.
   */
  writeView(differs: ReadonlySet<SchemaId>): FakeSchemaTable {
    this.writer ??= new FakeSchemaTable(this.schemas, this.tags, { read: this, differs });
    return this.writer;
  }

  /** The fake schema of a node; its named schemas are converted when `drain` runs. */
  of(node: SchemaNode): Fake {
    if (node.kind === 'ref') return this.ref(node.target);
    if (node.kind === 'boolean') return node.value ? {} : { never: true };
    return this.shared(this.keywords(node));
  }

  /**
   * An inline fake met a second time joins the table, and each use is a `ref` to it (but a first
   * one already printed): the validators share identical subschemas the same way. Specs repeat
   * inline shapes (an error body per operation); GitHub's fully dereferenced one repeats every
   * schema, and its handlers' module was 15 MB. Small ones (an enum of weekdays) stay inline,
   * where they read best.
   */
  private shared(fake: Fake): Fake {
    const text = JSON.stringify(fake, (_, v: unknown) =>
      typeof v === 'number' && !Number.isFinite(v) ? `\u0000${v}` : typeof v === 'bigint' ? `\u0000${v}n` : v,
    );
    const { byText } = this.shares;
    if (text.length < MIN_SHARED_TEXT) return fake;
    const seen = byText.get(text);
    if (seen === undefined) {
      byText.set(text, { first: fake });
      return fake;
    }
    if (typeof seen === 'string') return { ref: seen };
    // Met a second time: the first becomes a `ref` too, where it is not printed yet (a table entry's
    // part); a handler's answer, printed as it is made, keeps its copy.
    const key = `~${++this.shares.count}`;
    byText.set(text, key);
    this.table.set(key, { ...seen.first });
    for (const k of Object.keys(seen.first)) delete seen.first[k];
    seen.first['ref'] = key;
    return { ref: key };
  }

  /** A named schema's key in the table (converted when `drain` runs). */
  named(id: SchemaId): string {
    return this.ref(id)['ref'] as string;
  }

  /** Converts every named schema reached so far (and those they reach), the write view's first. */
  drain(): void {
    this.writer?.drain();
    for (let next = this.pending.pop(); next !== undefined; next = this.pending.pop()) {
      const node = this.schemas.get(next.id)?.schema;
      // Its own entry, not a `ref` to a shared one that happens to read the same.
      const fake = !node ? {} : node.kind === 'keywords' ? this.keywords(node) : this.of(node);
      const tag = this.tags.get(next.id);
      this.table.set(next.key, tag ? tagged(fake, tag) : fake);
    }
  }

  private ref(id: SchemaId): Fake {
    if (this.write && !this.write.differs.has(id)) return this.write.read.ref(id);
    const key = this.write ? `${id} (write)` : id;
    if (!this.table.has(key)) {
      this.table.set(key, {});
      this.pending.push({ key, id });
    }
    return { ref: key };
  }

  private keywords(s: KeywordSchemaNode): Fake {
    const out: Fake = {};
    const own = (k: keyof KeywordSchemaNode & keyof Fake) => {
      if (s[k] !== undefined) out[k] = s[k] as Literal;
    };
    for (const k of [
      'types',
      'format',
      'minLength',
      'maxLength',
      'minimum',
      'maximum',
      'exclusiveMinimum',
      'exclusiveMaximum',
      'multipleOf',
      'minItems',
      'maxItems',
      'uniqueItems',
      'minProperties',
      'maxProperties',
    ] as const)
      own(k);
    if (s.enum) out['enum'] = s.enum as Literal;
    if (s.const) out['const'] = { value: s.const.value as Literal };
    const examples = (s.examples ?? []).filter((e) => JSON.stringify(e).length <= 300).slice(0, 3);
    if (examples.length) out['examples'] = examples as Literal;
    if (s.pattern !== undefined) {
      const samples = patternSamples(s.pattern, { min: s.minLength, max: s.maxLength });
      // A pattern without samples: no made-up string is likely to match, so examples are the hope.
      out['samples'] = samples.length ? samples : (examples.filter((e) => typeof e === 'string') as string[]);
    }
    if (s.properties) {
      const properties: Fake = {};
      for (const p of s.properties) if (!this.hidden(p.schema)) properties[p.name] = this.of(p.schema);
      out['properties'] = properties;
      const hidden = new Set(s.properties.filter((p) => this.hidden(p.schema)).map((p) => p.name));
      if (s.required) out['required'] = s.required.filter((r) => !hidden.has(r));
    } else if (s.required) out['required'] = [...s.required];
    if (s.additionalProperties) out['additionalProperties'] = this.boolOr(s.additionalProperties);
    if (s.items) out['items'] = this.boolOr(s.items);
    if (s.prefixItems) out['prefixItems'] = s.prefixItems.map((p) => this.of(p));
    const allOf = [...(s.ref !== undefined ? [this.ref(s.ref)] : []), ...(s.allOf ?? []).map((m) => this.of(m))];
    if (allOf.length) out['allOf'] = allOf;
    if (s.oneOf) out['oneOf'] = s.oneOf.map((m) => this.of(m));
    if (s.anyOf) out['anyOf'] = s.anyOf.map((m) => this.of(m));
    const tag = this.tagOf(s, s.oneOf ?? s.anyOf ?? []);
    if (tag) out['tag'] = tag;
    return out;
  }

  /**
   * A union's tag: the property, and the value each alternative (by index) gives it, or null. The
   * discriminator's mapping first; else the property the alternatives pin to values of their own
   * (Spotify's `type: {enum: [artist]}`, whose discriminator names no value they can take): a fake
   * without it can match two alternatives of a oneOf.
   */
  private tagOf(s: KeywordSchemaNode, union: readonly SchemaNode[]): Fake | undefined {
    if (union.length === 0) return undefined;
    const mapping = s.discriminator?.mapping ?? [];
    const mapped = union.map((m) => (m.kind === 'ref' ? mapping.find((x) => x.target === m.target)?.value : undefined));
    const inferred = unionTag(union, this.schemas);
    const property = mapped.some((v) => v !== undefined) ? s.discriminator!.propertyName : inferred?.property;
    if (property === undefined) return undefined;
    const own = (i: number) => (inferred?.property === property ? inferred.values[i]?.[0] : undefined);
    return { property, values: union.map((_, i) => mapped[i] ?? own(i) ?? null) };
  }

  /** `false` (nothing allowed) or the fake schema. */
  private boolOr(node: SchemaNode): Fake | false {
    return node.kind === 'boolean' && !node.value ? false : this.of(node);
  }

  /** A property the view leaves out: writeOnly in the read view, readOnly in the write view. */
  private hidden(node: SchemaNode): boolean {
    const target = node.kind === 'ref' ? this.schemas.get(node.target)?.schema : node;
    return target?.kind === 'keywords' && (this.write ? target.readOnly === true : target.writeOnly === true);
  }
}

/**
 * A child's fake with the tag it inherits (`Cat: allOf [Pet]`, Pet's discriminator mapping `cat` to
 * Cat): one more `allOf` member, whose value for the property the faker's merge lets win.
 */
function tagged(fake: Fake, { propertyName, values }: InheritedTag): Fake {
  const members = (fake['allOf'] as Literal[] | undefined) ?? [];
  const tag = { properties: { [propertyName]: { enum: [...values] } }, required: [propertyName] };
  return { ...fake, allOf: [...members, tag] };
}
