/** The sync example's value conversion, case by case (the sync tests run it through the clients). */
import { describe, expect, it } from 'vitest';
import { baseType, sameValue, toClockifyValue } from '../../examples/sync-custom-fields/convert.js';

const field = (type: string, allowedValues: string[] = []) => ({ type, allowedValues, name: 'F' });

describe('toClockifyValue', () => {
  it.each([
    ['5', 'STRING_10', 'NUMBER', 5],
    ['-0.5', 'NUMBER', 'NUMBER', -0.5],
    ['12', 'ENUM_INTEGER', 'TXT', '12'],
    ['20240229', 'DATE', 'TXT', '2024-02-29'],
    ['1700000000', 'TIMESTAMP', 'TXT', '2023-11-14T22:13:20.000Z'],
    ['AB   ', 'CHAR_5', 'TXT', 'AB'],
    ['Yes', 'STRING_3', 'CHECKBOX', true],
    ['0', 'INTEGER', 'CHECKBOX', false],
    ['a,b', 'M_ENUM_STRING_20', 'DROPDOWN_MULTIPLE', ['a', 'b']],
    ['https://example.com/x', 'STRING_252', 'LINK', 'https://example.com/x'],
  ])('%j (%s) into %s is %j', (raw, attr, type, value) => {
    expect(toClockifyValue(raw, attr, field(type))).toEqual({ value });
  });

  it.each([null, undefined, '', '   '])('%j clears the value', (raw) => {
    expect(toClockifyValue(raw, 'NUMBER', field('NUMBER'))).toEqual({ value: null });
  });

  it.each([
    ['5 apples', 'STRING_10', field('NUMBER'), '"5 apples" is not a number'],
    ['20240230', 'DATE', field('TXT'), '"20240230" is not a valid Journyx DATE'],
    ['maybe', 'STRING_5', field('CHECKBOX'), '"maybe" is not yes or no'],
    ['Pink', 'ENUM_STRING_5', field('DROPDOWN_SINGLE', ['Red']), '"Pink" is not an option of F'],
  ])('%j (%s) is skipped', (raw, attr, target, reason) => {
    expect(toClockifyValue(raw, attr, target)).toEqual({ skip: reason });
  });

  it('reads the base type under the select-list prefixes and length suffixes', () => {
    expect([baseType('M_ENUM_STRING_252'), baseType('ENUM_INTEGER'), baseType('CHAR_10'), baseType(undefined)]).toEqual(
      ['STRING', 'INTEGER', 'CHAR', 'STRING'],
    );
  });

  it('compares lists by items and treats missing as null', () => {
    expect(sameValue(['a'], ['a'])).toBe(true);
    expect(sameValue(['a'], ['b'])).toBe(false);
    expect(sameValue(undefined, null)).toBe(true);
    expect(sameValue(5, '5')).toBe(false);
  });
});
