import { describe, expect, it } from 'vitest';
import {
  code,
  docText,
  ident,
  isIdentifierName,
  jsDoc,
  key,
  lit,
  litType,
  prop,
  regex,
} from '../../generator/safe/code.js';

describe('lit', () => {
  it.each([
    ['plain', 'abc', '"abc"'],
    ['quote and backslash', 'evil\\"; globalThis.PWNED = 1; //', '"evil\\\\\\"; globalThis.PWNED = 1; //"'],
    ['newline', 'line1\nline2', '"line1\\nline2"'],
    ['line separators', 'a\u2028b\u2029c', '"a\\u2028b\\u2029c"'],
    ['template syntax stays text', '${process.exit()}`', '"${process.exit()}`"'],
    ['comment closer', '*/ x', '"*/ x"'],
  ])('%s', (_name, input, expected) => {
    expect(lit(input).text).toBe(expected);
    expect(eval(lit(input).text)).toBe(input);
  });

  it('encodes numbers, null and nested data without running code', () => {
    expect(lit(-0).text).toBe('-0');
    expect(lit(1e308).text).toBe('1e+308');
    expect(lit(null).text).toBe('null');
    const value = { __proto__x: 1, nested: ['a', { b: true }] };
    expect(eval(`(${lit(value).text})`)).toEqual(value);
  });

  it('emits __proto__ as a computed key so it stays an own property', () => {
    const text = lit(JSON.parse('{"__proto__": {"polluted": true}}')).text;
    expect(text).toBe('{["__proto__"]: {polluted: true}}');
    const value = eval(`(${text})`);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__']);
  });
});

describe('code tag', () => {
  it('passes Code through and literal-encodes anything else', () => {
    const name = 'x"); globalThis.PWNED = 1; ("';
    const out = code`f(${name}, ${ident('y')})`;
    expect(out.text).toBe('f("x\\"); globalThis.PWNED = 1; (\\"", y)');
  });
});

describe('identifiers and keys', () => {
  it('accepts identifiers (Unicode included) and rejects the rest', () => {
    expect(isIdentifierName('café')).toBe(true);
    expect(isIdentifierName('$x_1')).toBe(true);
    expect(isIdentifierName('1x')).toBe(false);
    expect(isIdentifierName('a-b')).toBe(false);
    expect(isIdentifierName('')).toBe(false);
  });
  it('ident refuses reserved words and non-identifiers (a planner bug must be loud)', () => {
    expect(() => ident('class')).toThrow(/not a safe identifier/);
    expect(() => ident('a b')).toThrow(/not a safe identifier/);
  });
  it('quotes keys that are not identifiers', () => {
    expect(key('user_name').text).toBe('user_name');
    expect(key('@nextLink').text).toBe('"@nextLink"');
    expect(key('$top').text).toBe('$top');
    expect(key('a"b').text).toBe('"a\\"b"');
    expect(prop('a-b').text).toBe('["a-b"]');
    expect(prop('ok').text).toBe('.ok');
  });
  it('litType writes negative numbers as a prefix expression', () => {
    expect(litType(-5).text).toBe('-5');
    expect(litType('x').text).toBe('"x"');
  });
});

describe('docText', () => {
  it('cannot close the comment or start a tag', () => {
    const text = docText('end */ globalThis.PWNED = 1; /* and\n@type {x}\r\nnext\u2028line');
    expect(text).toBe('end *\\/ globalThis.PWNED = 1; /* and\n\\@type {x}\nnext\nline');
    const block = jsDoc([text]).text;
    expect(block.indexOf('*/')).toBe(block.length - 3);
  });
});

describe('regex', () => {
  it('compiles the pattern now and emits it as a string literal', () => {
    expect(regex('^a/b\\d*/$').text).toBe('new RegExp("^a/b\\\\d*/$", "u")');
    expect(() => regex('(')).toThrow(SyntaxError);
  });
});
