/**
 * A discriminator that maps some of its alternatives, not all (Okta's authenticators: the mapping
 * key `custom_otp` is a value its own `key` enum lacks, so it is dropped with a warning). Each
 * alternative accepts any key of the shared enum and has only optional fields, so a real value
 * matches several: as a plain oneOf every one was refused. A mapped tag picks its alternative; the
 * unmapped alternatives check the rest, as a union of their own.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generateInline, type InlinePackage } from '../support/generate-inline.js';
import { typeCheckUsage } from '../support/tsc.js';
import { schemasDocument } from '../support/fixtures.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const variant = (properties: Record<string, unknown>) => ({ allOf: [ref('Base'), { type: 'object', properties }] });

const spec = schemasDocument({
  Key: { type: 'string', enum: ['duo', 'okta_email'] },
  Base: { type: 'object', required: ['key'], properties: { key: ref('Key'), name: { type: 'string' } } },
  Duo: variant({ host: { type: 'string' } }),
  Email: variant({ allowedFor: { type: 'string', enum: ['any', 'recovery'] } }),
  CustomOtp: variant({ digits: { type: 'integer' } }),
  Authenticator: {
    oneOf: [ref('Duo'), ref('Email'), ref('CustomOtp')],
    discriminator: {
      propertyName: 'key',
      mapping: {
        duo: '#/components/schemas/Duo',
        okta_email: '#/components/schemas/Email',
        custom_otp: '#/components/schemas/CustomOtp',
      },
    },
  },
});

describe('a discriminator that maps some alternatives', () => {
  let pkg: InlinePackage;
  let authenticator: { is(v: unknown): boolean; issues(v: unknown, o?: { all?: boolean }): unknown[] };
  beforeAll(async () => {
    pkg = await generateInline(spec);
    authenticator = (await pkg.load())['schemas']['Authenticator'];
  });

  it('checks a mapped tag by its alternative alone, though others would accept the value too', () => {
    expect(authenticator.is({ key: 'duo', name: 'Duo', host: 'api.duo.test' })).toBe(true);
    expect(authenticator.is({ key: 'okta_email', allowedFor: 'recovery' })).toBe(true);
    expect(authenticator.issues({ key: 'okta_email', allowedFor: 'never' })).toEqual([
      { message: 'must be one of: any, recovery', path: ['allowedFor'] },
    ]);
  });

  it('leaves a value its tags do not pick to the unmapped alternatives', () => {
    // `custom_otp` is no Key: the spec's own enum refuses it, whichever alternative checks it.
    expect(authenticator.is({ key: 'custom_otp', digits: 6 })).toBe(false);
    expect(authenticator.is({ name: 'no key' })).toBe(false);
  });

  it('types the mapped alternatives by their tag, the unmapped as they are (tsc)', () => {
    const usage = [
      "import type { Authenticator } from './index.js';",
      "export const duo: Authenticator = { key: 'duo', name: 'Duo', host: 'api.duo.test' };",
      "export const email: Authenticator = { key: 'okta_email', allowedFor: 'any' };",
      '// @ts-expect-error: no alternative has a numeric host',
      "export const bad: Authenticator = { key: 'duo', host: 5 };",
    ];
    expect(typeCheckUsage(pkg.out, usage)).toBe('');
  }, 60_000);
});
