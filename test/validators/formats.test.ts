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
  // RFC 5321 Mailbox: dot-string or quoted local part; host name or IPv4/IPv6 address literal.
  email: [
    ['joe.bloggs@example.com', true], ['te~st@example.com', true], ['"joe bloggs"@example.com', true], ['"joe@bloggs"@example.com', true], ['""@iana.org', true],
    ['"\\""@iana.org', true], ['joe.bloggs@[127.0.0.1]', true], ['joe.bloggs@[IPv6:::1]', true], ['a@[ipv6:::1]', true], ['test@io', true], ['test@c--n.com', true],
    ['2962', false], ['.test@example.com', false], ['test.@example.com', false], ['te..st@example.com', false], ['joe.bloggs@invalid=domain.com', false],
    ['joe.bloggs@[127.0.0.300]', false], ['a@b@c.org', false], ['"test@iana.org', false], ['"test"test@iana.org', false], ['aé@iana.org', false], ['a@é.org', false],
    ['test@-iana.org', false], ['test@iana-.com', false], ['test@iana.org.', false], ['test@iana..com', false], ['a@[]', false], ['test@[RFC-5322-domain-literal]', false],
    ['test(comment)@iana.org', false], ['a@iana.org ', false], ['test@iana.org\n', false], ['', false],
  ],
  // RFC 3986 URI: absolute, by its grammar (not the WHATWG URL parser's fix-ups).
  uri: [
    ['http://foo.bar/?baz=qux#quux', true], ['ldap://[2001:db8::7]/c=GB?objectClass?one', true], ['mailto:John.Doe@example.com', true], ['urn:oasis:names:specification:docbook:dtd:xml:4.1.2', true],
    ["http://-.~_!$&'()*+,;=:%40:80%2f::::::@example.com", true], ['http://:80', true], ['http://user@', true], ['http://a.com:', true], ['http://999.999.999.999/', true], ['http://[v1.fe80::a+en1]/', true],
    ['//foo.bar/?baz=qux#quux', false], ['/abc', false], ['abc', false], ['http:// shouldfail.com', false], ['bar,baz:foo', false], ['https://[@example.org/test.txt', false],
    ['https://example.org/foobar®.txt', false], ['https://example.org/foobar\\.txt', false], ['https://example.org/foobar|.txt', false], ['http://example.com/%6G', false],
    ['http://example.com/%', false], ['ht_tp://example.com', false], ['http://example.com:abc/path', false], ['http://a.com::', false], ['http://[::1x]/', false],
  ],
  ipv6: [
    ['::1', true], ['::', true], ['d6::', true], ['1:d6::42', true], ['1::d6:192.168.0.1', true], ['::ffff:192.168.0.1', true], ['1:2:3:4:5:6:7:8', true],
    ['12345::', false], ['::laptop', false], [':2:3:4:5:6:7:8', false], ['1:2:3:4:5:6:7:', false], ['1::d6::42', false], ['1::2:192.168.256.1', false],
    ['1:2:3:4:5:::8', false], ['1:2:3:4:5:6:7', false], ['127.0.0.1', false], ['fe80::/64', false], ['fe80::a%eth1', false], [' ::1', false], ['1:2:3:4:5:6:7:৪', false],
  ],
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
