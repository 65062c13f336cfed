/**
 * The seam every emitter plugs into. A target names itself, declares the names it exports (so the
 * planner hands them out once and no two targets collide), the runtime modules it needs, and the
 * files it emits from the analysed model and the plan. The package (package-files.ts) is the
 * targets' files, the runtimes they ask for, an `index.ts` of what they re-export, `package.json`
 * and the README.
 *
 * Built-in targets: types, client, validators, dates (on with `dates: 'Date'`), tanstack-query and
 * msw. A plugin is an object of this shape in `specforge.config.ts`'s `targets`.
 */
import type { AnalysedModel } from '../generator/analyse/analyse.js';
import type { ApiModel } from '../generator/ir/ir.js';
import type { Plan } from '../generator/plan/plan.js';
import type { Statement } from './structures.js';

/** One output file before printing. */
export type EmittedFile =
  | {
      /** Path inside the package, `/`-separated. */
      readonly path: string;
      /** A TypeScript module: printed and formatted. */
      readonly statements: readonly Statement[];
      /** The statements are source that is formatted already (the verbatim runtimes): not reformatted. */
      readonly formatted?: true;
    }
  | {
      readonly path: string;
      /** Any other file (JSON, Markdown), written as is. */
      readonly text: string;
    };

/** Validator format checks: `assert` (default) checks the formats specforge knows; `annotate` none. */
export type FormatMode = 'assert' | 'annotate';
/** How response `date-time` strings are typed and returned. */
export type DateMode = 'string' | 'Date';

/** Choices that change the emitted package. */
export interface PackageOptions {
  /** npm package name (sanitised). */
  readonly name?: string;
  /**
   * `assert` (default) checks date-time, date, time, email, uuid, uri, ipv4, ipv6, int32, int64; `annotate` checks
   * none.
   */
  readonly formats?: FormatMode;
  /** Validators for every parameter, not only those whose schema says more than their type (lint). */
  readonly everyParameter?: boolean;
  /** `package.json`'s `version` (default: the spec's `info.version`) and `private` (default false). */
  readonly publish?: { readonly version?: string; readonly private?: boolean };
}

/** What a target reads. */
export interface TargetContext {
  readonly analysed: AnalysedModel;
  readonly model: ApiModel;
  readonly plan: Plan;
  readonly options: PackageOptions;
  /** The targets of this package, by name: a target may adapt to another being on. */
  readonly enabled: ReadonlySet<string>;
  /**
   * Work two targets share (the validators' module, which the client imports), computed by the
   * first that asks and handed to the others.
   */
  shared<T>(key: string, make: () => T): T;
}

/** The runtime modules a target may need, each emitted once as `<name>-runtime.gen.ts`. */
export type RuntimeName = 'client' | 'validators' | 'tanstack-query' | 'msw';

export interface Target {
  /** Unique among the package's targets; what `--targets` and the config name. */
  readonly name: string;
  /** Targets whose modules this one imports: they are turned on with it. */
  readonly requires?: readonly string[];
  /**
   * Exported names per operation, from the client method's name (`(m) => \`${m}QueryOptions\``).
   * The planner claims them in the target's own module namespace, in operation order, so an
   * operation named like another's derived name gets a suffixed name instead of a collision.
   */
  readonly operationNames?: Readonly<Record<string, (method: string) => string>>;
  /** Other names the target's module declares or imports: no operation name may take them. */
  readonly reserves?: readonly string[];
  /** The runtime modules this target's files import. */
  readonly runtime?: readonly RuntimeName[];
  /** The target's files. */
  files(context: TargetContext): readonly EmittedFile[];
  /** What `index.ts` re-exports from this target (nothing when absent). */
  index?(context: TargetContext): readonly Statement[];
  /** A subpath of the package (`./tanstack-query`) and the module it resolves to (`tanstack-query.gen`). */
  readonly subpath?: { readonly path: string; readonly module: string };
  /** Packages the target's modules import, which the generated package then declares as peers. */
  readonly peerDependencies?: Readonly<Record<string, string>>;
  /** A README section (Markdown, starting at a `##` heading). */
  readme?(context: TargetContext): string;
}
