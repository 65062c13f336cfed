/**
 * The analyse stage: what the model implies, worked out once, before planning and emitting.
 * Targets read an `AnalysedModel` and never compute these facts themselves, so two targets cannot
 * disagree about which operations page or which headers a response has.
 */
import type { ApiModel, OperationNode, SchemaId } from '../ir/ir.js';
import { inheritedTag, type InheritedTag } from '../ir/inheritance.js';
import { findPagination, type PaginationNode } from './pagination.js';
import { findResponseHeaders, type HeadersByStatus } from './response-headers.js';
import { schemaViews, type Views } from './views.js';
import { findSharedRoutes, type SharedRoute } from './shared-routes.js';

export type { PaginationNode } from './pagination.js';
export type { HeadersByStatus, ResponseHeader } from './response-headers.js';
export type { InheritedTag } from '../ir/inheritance.js';
export type { SharedRoute } from './shared-routes.js';

export interface AnalysedModel {
  readonly model: ApiModel;
  /** How each paged operation pages; operations that do not page are absent. */
  readonly pagination: ReadonlyMap<OperationNode, PaginationNode>;
  /** The readable response headers of each operation that declares some, by status. */
  readonly headers: ReadonlyMap<OperationNode, HeadersByStatus>;
  /** Which named schemas have separate read and write views. */
  readonly views: Views;
  /**
   * The discriminator tag each leaf child inherits (`Cat: allOf [Pet]`, Pet mapping `cat` to Cat),
   * which the types narrow to and the validators check: the two read one answer.
   */
  readonly inheritedTags: ReadonlyMap<SchemaId, InheritedTag>;
  /** Operations one method and URL reach (parameters named apart, fragments in path keys), by operation. */
  readonly sharedRoutes: ReadonlyMap<OperationNode, SharedRoute>;
}

export interface AnalyseOptions {
  /** `Date` makes `date-time` fields a read/write view difference. */
  readonly dates?: 'string' | 'Date';
}

/** Analyses a parsed model. */
export function analyse(model: ApiModel, options: AnalyseOptions = {}): AnalysedModel {
  return {
    model,
    pagination: findPagination(model),
    headers: findResponseHeaders(model),
    views: schemaViews(model, options),
    inheritedTags: inheritedTags(model),
    sharedRoutes: findSharedRoutes(model),
  };
}

function inheritedTags(model: ApiModel): ReadonlyMap<SchemaId, InheritedTag> {
  const byId = new Map(model.schemas.map((s) => [s.id, s]));
  const out = new Map<SchemaId, InheritedTag>();
  for (const named of model.schemas) {
    const tag = inheritedTag(named.schema, named.id, byId);
    if (tag) out.set(named.id, tag);
  }
  return out;
}
