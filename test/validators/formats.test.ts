/**
 * The asserted formats (templates/runtime/validators.ts) against RFC 3339 and friends, case by case:
 * the cases a careless check gets wrong (leap seconds only at 23:59:60 UTC, offsets, padding,
 * non-ASCII digits, February 29th).
 */
import { describe, expect, it } from 'vitest';
import { formats } from '../../templates/runtime/validators.js';

const cases: Record<string, Array<[string, boolean]>> = {
  time: [
    ['08:30:06Z', true], ['23:20:50.52Z', true], ['08:30:06z', true], ['12:34:56-00:00', true], ['08:30:06+00:20', true],
    ['23:59:60Z', true], ['23:59:60+00:00', true], ['01:29:60+01:30', true], ['23:29:60+23:30', true], ['15:59:60-08:00', true], ['00:29:60-23:30', true],
    ['22:59:60Z', false], ['23:58:60Z', false], ['23:59:60+01:00', false], ['23:59:60-00:30', false], ['00:00:61Z', false],
    ['24:00:00Z', false], ['00:60:00Z', false], ['01:02:03+24:00', false], ['01:02:03+00:60', false], ['01:02:03Z+00:30', false],
    ['8:3:6Z', false], ['12:00:00', false], ['08:30:06+0130', false], ['08:30:06+01', false], ['08:30:06Z\n', false], ['1২:00:00Z', false], ['01:01:01,1111', false],
  ],
  'date-time': [
    ['1963-06-19T08:30:06.283185Z', true], ['1990-12-31T15:59:50.123-08:00', true], ['1963-06-19t08:30:06.283185z', true],
    ['1998-12-31T23:59:60Z', true], ['1998-12-31T15:59:60.123-08:00', true], ['1998-12-31T23:58:60Z', false], ['1998-12-31T22:59:60Z', false],
    ['1990-02-31T15:59:59.123-08:00', false], ['1963-06-19T08:30:06.28123+01:00Z', false], ['2013-350T01:01:01', false], ['1963-06-1৪T00:00:00Z', false], ['+11963-06-19T08:30:06Z', false],
  ],
  date: [['2020-02-29', true], ['2021-02-29', false], ['1900-02-29', false], ['2000-02-29', true], ['2020-04-31', false], ['2020-1-01', false], ['2020-13-01', false]],
  ipv4: [['192.168.0.1', true], ['256.0.0.1', false], ['01.2.3.4', false], ['1.2.3', false], ['1.2.3.4\n', false]],
  uuid: [['2EB8AA08-AA98-11EA-B4AA-73B441D16380', true], ['2eb8aa08-aa98-11ea-b4aa-73b441d16380', true], ['2eb8aa08aa9811eab4aa73b441d16380', false], ['2eb8aa08-aa98-11ea-b4aa-73b441d1638', false]],
};

describe('asserted formats', () => {
  for (const [format, list] of Object.entries(cases)) {
    it.each(list)(`${format}: %j is %s`, (value, valid) => {
      expect(formats[format]!(value)).toBe(valid);
    });
  }
  it('ignore values of other types, as JSON Schema requires', () => {
    for (const f of ['time', 'date-time', 'date', 'email', 'uuid', 'uri', 'ipv4', 'ipv6']) expect(formats[f]!(12)).toBe(true);
  });
});
