/** test/support/prism.ts: a port taken between its choice and Prism's listen is retried, not a failed suite. */
import { createServer, type Server } from 'node:net';
import { afterAll, expect, it } from 'vitest';
import { freePort, startPrism } from './prism.js';
import { tempSpecDir } from './fixtures.js';
import path from 'node:path';

const SPEC =
  "openapi: 3.1.0\ninfo: { title: t, version: '1' }\npaths:\n  /ping:\n    get:\n" +
  "      responses: { '200': { description: ok, content: { application/json: { schema: { const: 1 } } } } }\n";

const taken: Server = createServer();
afterAll(() => new Promise<void>((resolve) => taken.close(() => resolve())));

it('tries another port when Prism finds its port taken', async () => {
  const busy = await new Promise<number>((resolve) =>
    taken.listen(0, '127.0.0.1', () => resolve((taken.address() as { port: number }).port)),
  );
  const offered: number[] = [];
  const ports = [busy, 0];
  const prism = await startPrism(path.join(tempSpecDir({ 'openapi.yaml': SPEC }), 'openapi.yaml'), async () => {
    const next = ports.shift()!;
    const port = next || (await freePort());
    offered.push(port);
    return port;
  });
  try {
    expect(offered[0]).toBe(busy);
    expect(offered).toHaveLength(2);
    expect((await fetch(`${prism.url}/ping`)).status).toBe(200);
  } finally {
    await prism.close();
  }
}, 60_000);
