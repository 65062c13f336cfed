/** templates/runtime/runtime-files.ts: a folder of runtime modules joined into the one module a package holds. */
import { expect, it } from 'vitest';
import { RUNTIME_FOLDERS, runtimeSource } from '../../templates/runtime/runtime-files.js';

it("joins a folder's modules: their imports of each other dropped, of the peer made one, after the doc", () => {
  const msw = runtimeSource('msw');
  expect(msw.match(/^import .*$/gm)).toEqual([
    "import { HttpResponse, http, type HttpHandler, type HttpResponseResolver } from 'msw';",
  ]);
  expect(msw.startsWith("/**\n * The runtime of a package's `msw` entry")).toBe(true);
  expect(msw.indexOf("from 'msw'")).toBeLessThan(msw.indexOf('export interface FakeSchema'));
  // Every module is there, in order.
  const at = (text: string) => msw.indexOf(text);
  expect(at('export interface FakeSchema')).toBeLessThan(at('export function validFake'));
  expect(at('export function validFake')).toBeLessThan(at('export function mockHandler'));
  expect(RUNTIME_FOLDERS.msw?.modules).toHaveLength(6);
  // The client runtime needs only the platform.
  expect(runtimeSource('client')).not.toMatch(/^import /m);
});
