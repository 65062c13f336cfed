/** Servers an operation names for itself, as the client and the package README see them. */
import type { ApiModel, OperationNode, ServerNode } from './ir.js';

/**
 * The operation's own servers, or undefined when it names none or repeats the document's (specs
 * often copy the top-level `servers` into every operation).
 */
export function ownServers(op: OperationNode, model: ApiModel): readonly ServerNode[] | undefined {
  if (!op.servers) return undefined;
  const same =
    op.servers.length === model.servers.length && op.servers.every((s, i) => s.url === model.servers[i]!.url);
  return same ? undefined : op.servers;
}

/** The host a server URL names ('' for a relative one). The client runtime decides the same way. */
export function hostOf(url: string): string {
  return URL.canParse(url, 'http://relative.invalid/')
    ? new URL(url, 'http://relative.invalid/').host.replace('relative.invalid', '')
    : '';
}

/** Whether the operation goes to another host than the document's server (an upload host, a data plane). */
export function hasOwnHost(op: OperationNode, model: ApiModel): boolean {
  const own = ownServers(op, model)?.[0];
  return own !== undefined && hostOf(own.url) !== '' && hostOf(own.url) !== hostOf(model.servers[0]?.url ?? '');
}
