/**
 * The setup of a test file that runs one generated client against local servers: the package is
 * generated once for the file, and each test's servers are closed after it.
 */
import { afterEach, beforeAll } from 'vitest';
import { generateInline, type InlinePackage } from './generate-inline.js';
import { startServer, type Handler, type TestServer } from './http-server.js';
import { typeCheckUsage } from './tsc.js';

export interface InlineClient {
  /** The generated package (for a tsc check of a usage file next to it). */
  readonly pkg: InlinePackage;
  createClient(options: object): any;
  /** Starts a server for this test; it is closed when the test ends. */
  serve(handler: Handler): Promise<TestServer>;
  /** Writes `lines` as `usage.ts` next to the package and runs tsc over both: its output, '' when clean. */
  typeCheckUsage(lines: readonly string[]): string;
}

export function useInlineClient(spec: unknown): InlineClient {
  let pkg: InlinePackage | undefined;
  let create: ((options: object) => any) | undefined;
  const servers: TestServer[] = [];
  beforeAll(async () => {
    pkg = await generateInline(spec);
    create = (await pkg.load())['createClient'];
  }, 60_000);
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });
  return {
    get pkg() {
      if (!pkg) throw new Error('useInlineClient: the package is generated in beforeAll');
      return pkg;
    },
    createClient: (options) => create!(options),
    serve: async (handler) => {
      const server = await startServer(handler);
      servers.push(server);
      return server;
    },
    typeCheckUsage(lines) {
      return typeCheckUsage(this.pkg.out, lines);
    },
  };
}
