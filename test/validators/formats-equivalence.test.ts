/**
 * The asserted formats are hand-written character scanners (no match arrays, slices or URL objects
 * on the valid path). This property test holds them to the checks they replaced, written with
 * regular expressions and the WHATWG URL parser (kept here as the reference), on random strings
 * drawn from each format's own alphabet, where the interesting mistakes live, and on mutations of
 * valid values.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formats } from '../../templates/runtime/validators.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2}):(\d{2})(\.\d+)?(z|[+-](\d{2}):(\d{2}))$/i;
const DAYS = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function isDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= (mo === 2 && !leap ? 28 : DAYS[mo]!);
}
function isTime(s: string): boolean {
  const m = TIME.exec(s);
  if (!m) return false;
  const [h, min, sec] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const oh = m[6] === undefined ? 0 : Number(m[6]);
  const om = m[7] === undefined ? 0 : Number(m[7]);
  if (h > 23 || min > 59 || sec > 60 || oh > 23 || om > 59) return false;
  if (sec < 60) return true;
  const sign = m[5]![0] === '-' ? -1 : 1;
  const utcMin = min - om * sign;
  const utcHour = h - oh * sign - (utcMin < 0 ? 1 : 0);
  return (utcHour === 23 || utcHour === -1) && (utcMin === 59 || utcMin === -1);
}
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LOCAL_PART =
  /^(?:[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]+(?:\.[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]+)*|"(?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\[\x20-\x7e])*")$/;
const HOST_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/;
function isIpv6(s: string): boolean {
  if (s.includes('%') || !/^[0-9a-fA-F:.]+$/.test(s)) return false;
  try {
    return new URL(`http://[${s}]/`).hostname.length > 2;
  } catch {
    return false;
  }
}
function isEmail(s: string): boolean {
  const at = s.lastIndexOf('@');
  if (at <= 0 || !LOCAL_PART.test(s.slice(0, at))) return false;
  const domain = s.slice(at + 1);
  if (domain[0] !== '[') return HOST_NAME.test(domain);
  if (domain[domain.length - 1] !== ']') return false;
  const literal = domain.slice(1, -1);
  return /^ipv6:/i.test(literal) ? isIpv6(literal.slice(5)) : IPV4.test(literal);
}
const reference: Record<string, (s: string) => boolean> = {
  'date-time': (x) => {
    const t = x.search(/t/i);
    return t > 0 && isDate(x.slice(0, t)) && isTime(x.slice(t + 1));
  },
  date: isDate,
  time: isTime,
  email: isEmail,
  uuid: (x) => UUID.test(x),
  ipv4: (x) => IPV4.test(x),
  ipv6: isIpv6,
};

/** Strings over `alphabet`, biased to the lengths a format's values have. */
const over = (alphabet: string, maxLength: number) => fc.string({ unit: fc.constantFrom(...alphabet), maxLength });
/** A valid value with one character replaced, inserted or removed. */
const mutated = (valid: readonly string[], alphabet: string) =>
  fc
    .tuple(
      fc.constantFrom(...valid),
      fc.nat(),
      fc.constantFrom(...alphabet),
      fc.constantFrom('replace', 'insert', 'remove'),
    )
    .map(([v, i, c, how]) => {
      const at = i % (v.length + 1);
      return how === 'replace'
        ? v.slice(0, at) + c + v.slice(at + 1)
        : how === 'insert'
          ? v.slice(0, at) + c + v.slice(at)
          : v.slice(0, at) + v.slice(at + 1);
    });

const samples: Record<string, { alphabet: string; max: number; valid: string[] }> = {
  date: { alphabet: '0123456789-x', max: 12, valid: ['2020-02-29', '1999-12-31', '2000-01-01'] },
  time: { alphabet: '0123456789:.Zz+-', max: 20, valid: ['23:59:60Z', '08:30:06.283+01:30', '00:29:60-23:30'] },
  'date-time': {
    alphabet: '0123456789-:.TtZz+',
    max: 32,
    valid: ['1998-12-31T23:59:60Z', '1963-06-19t08:30:06.283185-08:00'],
  },
  email: {
    alphabet: 'ab1.-@"[]:\\ !#_IPv6fe',
    max: 20,
    valid: ['a.b@c-d.e', '"x y"@a.b', 'a@[1.2.3.4]', 'a@[IPv6:::1]', 'a@[ipv6:1:2:3:4:5:6:1.2.3.4]'],
  },
  uuid: { alphabet: '0123456789abcdefABCDEF-g', max: 38, valid: ['2eb8aa08-aa98-11ea-b4aa-73b441d16380'] },
  ipv4: { alphabet: '0123456789.', max: 17, valid: ['192.168.0.1', '0.0.0.0', '255.255.255.255'] },
  ipv6: {
    alphabet: '0123456789abcdefABCDEF:.g%',
    max: 24,
    valid: ['::1', '1:2:3:4:5:6:7:8', '1::d6:192.168.0.1', '::ffff:0.0.0.0', 'fe80::'],
  },
};

describe('the format scanners answer as the checks they replaced', () => {
  for (const [format, { alphabet, max, valid }] of Object.entries(samples)) {
    it(`${format}: random strings of its alphabet, and mutations of valid values`, () => {
      for (const v of valid) expect(formats[format]!(v), v).toBe(true);
      fc.assert(
        fc.property(
          fc.oneof(over(alphabet, max), mutated(valid, alphabet)),
          (s) => formats[format]!(s) === reference[format]!(s),
        ),
        { numRuns: 20_000 },
      );
    });
  }
});
