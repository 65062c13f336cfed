/**
 * MSW handlers of operations whose responses stream, run: the package's own client reads the
 * handlers' events (an event stream of JSON, of text, of named events; JSON lines) and validates
 * each; an operation that answers JSON or a stream streams when the request's body says `stream: true`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFakes } from '../../support/msw-fakes.js';
import { mswPackage, type MswPackage } from '../../support/msw-package.js';
import { STREAMS_SPEC as SPEC } from '../../support/stream-spec.js';

let pkg: MswPackage;
beforeAll(async () => {
  pkg = await mswPackage('streams', SPEC);
}, 60_000);
afterAll(() => pkg.remove());

/** The values a call's stream yields, read by the client (each validated as it arrives). */
async function streamOf(call: Promise<{ data?: unknown; error?: unknown }>): Promise<unknown[]> {
  const result = await call;
  expect(result.error).toBeUndefined();
  const values: unknown[] = [];
  for await (const value of result.data as AsyncIterable<unknown>) values.push(value);
  return values;
}

describe('MSW handlers of streamed responses', () => {
  it('stream three events of JSON data, each valid, the same per request', async () => {
    const events = (await streamOf(pkg.client['watchTicks']!())) as { data: { seq: number; at: string } }[];
    expect(events).toHaveLength(3);
    for (const { data } of events) {
      expect(data.seq).toBeGreaterThanOrEqual(1);
      expect(data.seq).toBeLessThanOrEqual(9);
      expect(Number.isNaN(Date.parse(data.at))).toBe(false);
    }
    expect(await streamOf(pkg.client['watchTicks']!())).toEqual(events);
  });

  it('stream text events and JSON lines', async () => {
    const log = (await streamOf(pkg.client['tailLog']!())) as { data: unknown }[];
    expect(log.map((e) => typeof e.data)).toEqual(['string', 'string', 'string']);
    const rows = (await streamOf(pkg.client['exportRows']!())) as { seq: number }[];
    expect(rows).toHaveLength(3);
    expect(rows.every((row) => Number.isInteger(row.seq))).toBe(true);
  });

  it('name events, JSON data for the events the spec says carry it', async () => {
    const events = (await streamOf(pkg.client['watchNamed']!())) as { event: string; data: unknown }[];
    expect(events).toHaveLength(3);
    for (const e of events) {
      if (e.event === 'tick') expect(e.data).toMatchObject({ seq: expect.any(Number) });
      else expect([e.event, typeof e.data]).toEqual(['note', 'string']);
    }
  });

  it('answer JSON, or a stream when the request body says stream: true', async () => {
    const whole = await pkg.client['chat']!({ body: {} });
    expect(whole.response.headers.get('content-type')).toBe('application/json');
    expect(whole.data).toEqual({ answer: expect.any(String) });
    const events = await streamOf(pkg.client['chat']!({ body: { stream: true } }));
    expect(events).toHaveLength(3);
  });

  it('pass the fakes property: every event read as a client reads it and validated', async () => {
    const report = await checkFakes(pkg.dir, pkg.specFile);
    expect(report.failures).toEqual([]);
    // Three requests per operation; the streamed ones count each event.
    expect(report.checked).toBeGreaterThanOrEqual(4 * 3 * 3);
  });
});
