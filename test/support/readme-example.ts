/** The `ts` examples of a README, each made a module that type-checks on its own. */

/** The `ts` code blocks of a Markdown text. */
export function tsBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
}

/**
 * A README example as a module of its own: the free names examples lean on are declared, and a
 * `client` the example uses without making it is one declared `Client` of the package it imports.
 * (`pkg` for an example that imports nothing). `process` is declared unless the check has Node's types.
 */
export function readmeExample(block: string, options: { nodeTypes?: boolean; pkg?: string } = {}): string {
  // The package of the first import, without a subpath (`@scope/name/msw` is `@scope/name`'s).
  const pkg = /from '((?:@[^/']+\/)?[^/']+)/.exec(block)?.[1] ?? options.pkg;
  if (pkg === undefined) throw new Error(`a README example imports nothing:\n${block}`);
  const preamble = [
    `import type { Client as ThePackageClient } from '${pkg}';`,
    'declare const text: string, username: string, password: string;',
    'declare const workspaceId: string, userId: string, customFieldId: string, value: unknown, body: unknown;',
    ...(options.nodeTypes ? [] : ['declare const process: { env: Record<string, string | undefined> };']),
    'declare const tokenStore: { get(): Promise<{ value: string }> };',
    'declare function refreshToken(): Promise<string>;',
    ...(/\bconst client\b/.test(block) ? [] : ['declare const client: ThePackageClient;']),
  ];
  const imports = block.match(/^import .*$/gm) ?? [];
  const body = block.replace(/^import .*$/gm, '');
  return [...imports, ...preamble, body, 'export {};'].join('\n');
}
