/**
 * The fetch client runtime, copied into every generated package as `client-runtime.gen.ts`: the
 * modules of this folder, in the order `templates/runtime/runtime-files.ts` lists, without their
 * imports of each other. It depends only on the platform: `fetch`, `Request`/`Response`,
 * `AbortController`, `URL`.
 *
 * Generated code describes each operation as data (this module's `OperationSpec`); the runtime does
 * the work: serialisation, auth, retries, timeouts, hooks, pagination. It is type-checked and
 * unit-tested as ordinary code in specforge's own repository.
 *
 * This module: the API as data, as generated code describes it.
 */
import type { streamedResult } from './engine.js';

/** How a body is encoded on the wire; `lines` (a request body only): JSON lines, one value per line. */
export type BodyKind = 'json' | 'text' | 'form' | 'multipart' | 'binary' | 'lines';

/** How a value is written: a parameter's `style`/`explode`, or a form body property's `encoding`. */
export interface SerialStyle {
  readonly style: string;
  readonly explode: boolean;
  readonly allowReserved?: boolean;
  /** Serialised as JSON (`content: application/json`, or an encoding's `contentType`). */
  readonly json?: boolean;
}

/** One parameter of an operation, as the spec declares it. */
export interface ParamSpec extends SerialStyle {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  /** A query, header or cookie parameter the spec requires (path parameters always are). */
  readonly required?: boolean;
}

/**
 * How an operation pages (see the generator's pagination pass): a next link or a token found at a
 * path into the page body (`['links', 'next']`), the last item's id while a flag says more, or
 * counted pages and offsets that end at the first short page.
 */
export type PaginationSpec =
  /** The `rel="next"` URL of the response's `Link` header (RFC 8288: GitHub, Meraki, GitLab). */
  | { readonly kind: 'linkHeader'; readonly items?: string }
  | { readonly kind: 'nextLink'; readonly items: string; readonly next: readonly string[] }
  | ({
      readonly kind: 'token';
      readonly param: string;
      readonly next: readonly string[];
      readonly items?: string;
    } & PagingIn)
  | ({
      readonly kind: 'after';
      readonly param: string;
      /** Stripe's `ending_before`: when the caller gives it, paging walks back from there. */
      readonly before?: string;
      readonly more: string;
      readonly id: string;
      readonly items: string;
    } & PagingIn)
  | ({
      readonly kind: 'page';
      readonly page: string;
      readonly size: string;
      readonly defaultSize: number;
      readonly items?: string;
    } & PagingIn)
  | ({
      readonly kind: 'offset';
      readonly offset: string;
      readonly size: string;
      readonly defaultSize: number;
      readonly items?: string;
    } & PagingIn);

/** Paging fields are query parameters, or (`body`) fields of a POST search's JSON body. */
export interface PagingIn {
  readonly in?: 'body';
}

/** An operation, as data. */
export interface OperationSpec {
  readonly id: string;
  readonly method: string;
  readonly path: string;
  readonly params: readonly ParamSpec[];
  /** The request body, in the media type sent when the call names none. */
  readonly body?: BodySpec;
  /** The other media types the body may be sent as (the call's `contentType` picks one). */
  readonly bodies?: readonly BodySpec[];
  /**
   * OpenAPI 3.2's `querystring` parameter: `query` is the whole query string, written as form fields
   * (`form`: every key) or as one text (`text`: a string as it is, anything else as JSON), percent-encoded.
   */
  readonly querystring?: 'form' | 'text';
  /** Alternatives (any one suffices) of scheme sets (all needed). Empty: no auth. */
  readonly security: readonly (readonly string[])[];
  readonly pagination?: PaginationSpec;
  /**
   * A success response may stream server-sent events (`text/event-stream`): when one does, `data`
   * is an async iterable of events, each `data` parsed as JSON (`json`) or kept as text (`text`).
   * `lines`: it may stream JSON lines (NDJSON, JSON Lines, JSON text sequences), and `data` is an
   * async iterable of the parsed values. `named`: events whose data depends on their name (3.2's
   * `itemSchema` with a `oneOf` on `event`): the data of the events `jsonEvents` names is parsed as
   * JSON, and the validators and transforms see the whole event, `{ event, data }`.
   */
  readonly events?: 'json' | 'text' | 'lines' | 'named';
  /**
   * The `Accept` sent when the call sets none, where the successes declare media types other than
   * JSON (a CSV export, a PDF): those first. Absent: JSON first, then anything.
   */
  readonly accept?: string;
  /** With `events: 'named'`, the event names whose data is JSON. */
  readonly jsonEvents?: readonly string[];
  /** The response headers the spec declares, by status (`200`, `4XX`, `default`): read into `result.headers`. */
  readonly responseHeaders?: Readonly<Record<string, readonly HeaderSpec[]>>;
  /** The operation's own servers (an upload host, a data plane), when the spec names them. */
  readonly servers?: readonly ServerSpec[];
}

/** How a request body is written in one media type. */
export interface BodySpec {
  readonly mediaType: string;
  readonly kind: BodyKind;
  /** Body properties the spec's `encoding` says how to write (Stripe's deepObject, JSON parts). */
  readonly encoding?: Readonly<Record<string, SerialStyle>>;
}

/**
 * A declared response header: its name, what its text converts to (a string when `type` is
 * absent), `array` for a comma-separated list.
 */
export interface HeaderSpec {
  readonly name: string;
  readonly type?: 'number' | 'boolean';
  readonly array?: boolean;
  /** The spec requires it: `validate.response` reports it missing. */
  readonly required?: boolean;
}

/** A server, with its variables' defaults. */
export interface ServerSpec {
  readonly url: string;
  readonly variables: Readonly<Record<string, string>>;
}

/** A security scheme, as data. */
export type SecuritySchemeSpec =
  | { readonly type: 'apiKey'; readonly in: 'header' | 'query' | 'cookie'; readonly name: string }
  | { readonly type: 'http'; readonly scheme: string }
  | { readonly type: 'other' };

/** A validation problem (Standard Schema issue shape). */
export interface ValidationIssue {
  readonly message: string;
  readonly path?: ReadonlyArray<PropertyKey>;
}

/** A body validator: returns the issues, empty when valid. */
export type BodyValidator = (value: unknown, mode: 'strict' | 'lenient') => readonly ValidationIssue[];

/** Validators of one operation: its parameters by location and name, the request body, each response status. */
export interface OperationValidators {
  readonly params?: Readonly<Partial<Record<ParamSpec['in'], Readonly<Record<string, BodyValidator>>>>>;
  /** OpenAPI 3.2's `querystring` parameter: `query` checked whole. */
  readonly querystring?: BodyValidator;
  readonly request?: BodyValidator;
  /** The body's check in each other JSON media type it may be sent as (`contentType`). */
  readonly requests?: Readonly<Record<string, BodyValidator>>;
  readonly responses?: Readonly<Record<string, BodyValidator>>;
  /** Each event's data of event-stream responses, by status. */
  readonly events?: Readonly<Record<string, BodyValidator>>;
}

/** Response body transforms by status (the `dates: 'Date'` option). */
export type Transforms = Readonly<Record<string, (body: any) => any>>;

/** What every operation of the API shares: its servers and security schemes. */
export interface ApiBase {
  readonly servers: readonly ServerSpec[];
  readonly securitySchemes: Readonly<Record<string, SecuritySchemeSpec>>;
}

/**
 * One operation as a client calls it: its data, its validators and its date transforms. Generated
 * code declares one per operation, so that a bundler keeps only the operations a program imports.
 */
export interface OperationEntry {
  /** The client method's name: the key of `operationBaseUrls`. */
  readonly name: string;
  readonly spec: OperationSpec;
  readonly validators?: OperationValidators;
  readonly transforms?: Transforms;
  /** The same for each event's data of event-stream responses. */
  readonly eventTransforms?: Transforms;
  /** `streamedResult`, for an operation whose responses stream (`spec.events`). */
  readonly streamed?: typeof streamedResult;
}

/** A call's parts, as the generated `…Request` types shape them. */
export interface RequestParts {
  readonly path?: Readonly<Record<string, unknown>>;
  readonly query?: Readonly<Record<string, unknown>>;
  readonly headers?: Readonly<Record<string, unknown>>;
  readonly cookies?: Readonly<Record<string, unknown>>;
  readonly body?: unknown;
  /** Which of the body's media types to send it as (the spec's first choice when left out). */
  readonly contentType?: string;
}
