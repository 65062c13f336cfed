/**
 * Operations on one route (parameters named apart, fragments in path keys): what tells a request
 * of one from those of the others, checked by the operation's own validators.
 */
import type { BodyCheck } from './answers.js';

/**
 * What tells an operation's requests from those of operations on the same route (parameters named
 * apart, fragments in path keys): the generator writes one for those operations only.
 */
export interface RouteClaim {
  /** The path parameters, in the order the route's pattern captures them. */
  readonly path: readonly string[];
  /** Query pairs the path key itself carries (`/search?type=user`): a client sends them. */
  readonly pairs?: readonly (readonly [string, string])[];
  /** The query parameters and headers the operation requires. */
  readonly query?: readonly string[];
  readonly header?: readonly string[];
  /** The operation requires a body. */
  readonly body?: true;
  /** The operation's validators: path and query values and a JSON body are checked against them. */
  readonly checks?: ClaimChecks;
}

type ParamChecks = Readonly<Record<string, BodyCheck>>;

/** The part of an operation's validators a claim reads (the validators' `OperationValidators`). */
export interface ClaimChecks {
  readonly params?: { readonly path?: ParamChecks; readonly query?: ParamChecks };
  readonly request?: BodyCheck;
  readonly requests?: Readonly<Record<string, BodyCheck>>;
}

/** Whether a request fits the operation a claim describes: every check it has passes. */
export async function claims(claim: RouteClaim, path: RegExp, request: Request): Promise<boolean> {
  const url = new URL(request.url);
  const captured = path.exec(request.url)?.slice(1) ?? [];
  for (const [i, name] of claim.path.entries()) {
    const check = claim.checks?.params?.path?.[name];
    if (check && !textFits(check, decoded(captured[i] ?? ''))) return false;
  }
  for (const [name, value] of claim.pairs ?? []) if (!url.searchParams.getAll(name).includes(value)) return false;
  for (const name of claim.query ?? []) if (!url.searchParams.has(name)) return false;
  for (const name of claim.header ?? []) if (!request.headers.has(name)) return false;
  for (const [name, check] of Object.entries(claim.checks?.params?.query ?? {})) {
    const value = url.searchParams.get(name);
    if (value !== null && !textFits(check, value)) return false;
  }
  return bodyFits(claim, request);
}

/** A JSON body the operation's validator accepts; a body of another media type is not judged. */
async function bodyFits(claim: RouteClaim, request: Request): Promise<boolean> {
  const text = request.body ? await request.clone().text() : '';
  if (!text) return !claim.body;
  const mediaType = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!/[/+]json$/.test(mediaType)) return true;
  const check = claim.checks?.requests?.[mediaType] ?? claim.checks?.request;
  if (!check) return true;
  try {
    return check(JSON.parse(text), 'strict').length === 0;
  } catch {
    return false;
  }
}

/** A parameter's text fits its check as text, as the number or boolean it spells, or as a one-item list. */
function textFits(check: BodyCheck, text: string): boolean {
  const readings: unknown[] = [text, [text]];
  if (text.trim() !== '' && Number.isFinite(Number(text))) readings.push(Number(text));
  if (text === 'true' || text === 'false') readings.push(text === 'true');
  return readings.some((value) => check(value, 'strict').length === 0);
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
