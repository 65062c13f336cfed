/**
 * Spec text the loader and parser must meet with a located diagnostic, never a crash or a silent
 * change: a lone surrogate in a schema name, keys a JSON file repeats, YAML's `.nan` and `.inf`
 * in an enum or const, and a catastrophic pattern's example under `lint --examples` or as a
 * `patternProperties` key a required name is matched against.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { tempSpecDir } from '../support/fixtures.js';
import { readFileSync } from 'node:fs';

describe('spec oddities', () => {
  it('a lone surrogate in a schema name is a located error (exit 1), not an internal one', async () => {
    const text = JSON.stringify({
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {},
      components: { schemas: { 'A\ud800': { type: 'string' } } },
    });
    const dir = tempSpecDir({ 'openapi.json': text });
    const r = await runCli(['generate', path.join(dir, 'openapi.json'), '--out', path.join(dir, 'out')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/openapi\.json:1:\d+: error: schema name "A\\ud800" has a lone surrogate/);
  });

  it('keys a JSON file repeats in one object get a located warning each (YAML refuses them)', async () => {
    const text =
      '{"openapi":"3.1.0","info":{"title":"t","version":"1"},"paths":{},\n"components":{"schemas":{"A":{"type":"string"},\n"A":{"type":"number"},"B":{"type":"string","type":"integer"},"C":{"enum":["a\\"b","a\\"b"]}}}}';
    const dir = tempSpecDir({ 'openapi.json': text });
    const r = await runCli(['lint', path.join(dir, 'openapi.json')]);
    expect(r.err).toContain('openapi.json:3:1: warning: duplicate key "A"');
    expect(r.err).toContain('openapi.json:3:44: warning: duplicate key "type"');
    expect(r.err.match(/duplicate key/g)).toHaveLength(2); // equal strings inside an array are values, not keys
    const strict = await runCli(['lint', path.join(dir, 'openapi.json'), '--strict']);
    expect(strict.code).toBe(1);
  });

  it("YAML's .nan and .inf in an enum are left out with a warning each; as a const, nothing matches", async () => {
    const yaml = `openapi: 3.1.0\ninfo: { title: t, version: '1' }\npaths: {}\ncomponents:\n  schemas:\n    N: { type: number, enum: [.nan, .inf, -.inf, 1, null] }\n    K: { const: .nan }\n`;
    const dir = tempSpecDir({ 'openapi.yaml': yaml });
    const r = await runCli(['lint', path.join(dir, 'openapi.yaml')]);
    expect(r.err).toContain('openapi.yaml:6:31: warning: enum value NaN is not a JSON number');
    expect(r.err).toContain('warning: enum value Infinity is not a JSON number');
    expect(r.err).toContain('warning: enum value -Infinity is not a JSON number');
    expect(r.err).toContain('openapi.yaml:7:17: warning: const NaN is not a JSON number');
    expect(r.err).not.toMatch(/listed twice/); // NaN and null are not one value
    await runCli(['generate', path.join(dir, 'openapi.yaml'), '--out', path.join(dir, 'out')]);
    const validators = readFileSync(path.join(dir, 'out/validators.gen.ts'), 'utf8');
    expect(validators).not.toMatch(/NaN|Infinity/);
  });

  it('lint --examples checks an example against a catastrophic pattern in linear time', async () => {
    const example = 'a'.repeat(40_000) + '!';
    const spec = {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {},
      components: { schemas: { P: { type: 'string', pattern: '^(a+)+$', example } } },
    };
    const dir = tempSpecDir({ 'openapi.json': JSON.stringify(spec) });
    const started = performance.now();
    const r = await runCli(['lint', path.join(dir, 'openapi.json'), '--examples']);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(r.err).toMatch(/warning: pattern "\^\(a\+\)\+\$" backtracks super-linearly/);
    expect(r.err).toMatch(/warning: example does not match schema "P": \(root\) must match the pattern \^\(a\+\)\+\$/);
  });

  it('matches a required name against a catastrophic patternProperties key in linear time', async () => {
    // additionalProperties: false and a required name only a pattern could declare: the check that
    // warns of such a schema (parse/declared-property.ts) ran the engine, which never came back.
    const name = 'a'.repeat(40) + '!';
    const spec = {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {},
      components: {
        schemas: {
          Evil: { type: 'object', additionalProperties: false, patternProperties: { '^(a+)+$': {} }, required: [name] },
        },
      },
    };
    const dir = tempSpecDir({ 'openapi.json': JSON.stringify(spec) });
    const started = performance.now();
    const r = await runCli(['lint', path.join(dir, 'openapi.json')]);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(r.err).toContain(`no object satisfies this schema: "${name}" is required`);
  });
});
