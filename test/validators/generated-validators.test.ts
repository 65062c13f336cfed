/** The committed packages' validators: Standard Schema, views, issue paths, hostile keys, lenient mode. */
import { describe, expect, it } from 'vitest';
import { schemas as journyx } from '../../generated/journyx/index.js';
import { schemas as clockify } from '../../generated/clockify/index.js';

const user = {
  user_login: 'john.smith@example.com',
  fullname: 'John Smith',
  status: 'Loggable and Reportable',
  status_code: 'lr',
  groups: ['5088C427E8B64EBEBE1C5B5961DB1902'],
  custom_fields: { C41B2DDA662F4EF6B730F9CB6DB04696: { attr_type: 'ENUM_STRING_252', value: 'XYZ Pay Group' } },
};

describe('journyx validators', () => {
  it('accept a valid user (read and write views) and return the value', () => {
    expect(journyx.UserModifiableFields['~standard'].validate(user)).toEqual({ value: user });
    expect(journyx.UserModifiableFields.write.is(user)).toBe(true);
  });

  it('name the path and the expectation of a bad enum deep inside', () => {
    const bad = { ...user, custom_fields: { X: { value: 3 } }, status_code: 'zz' };
    expect(journyx.UserModifiableFields.issues(bad, { all: true })).toEqual([
      { message: 'must be string or null', path: ['custom_fields', 'X', 'value'] },
      { message: 'must be one of: lr, ro, h', path: ['status_code'] },
    ]);
    // First issue only by default.
    expect(journyx.UserModifiableFields['~standard'].validate(bad).issues).toHaveLength(1);
  });

  it('views: a request rejects a read-only field; a response accepts it; required follows the view', () => {
    const withGroups = { ...user, group_names: [{ id: '5088C427E8B64EBEBE1C5B5961DB1902', pname: 'Sales' }] };
    expect(journyx.UserModifiableFields.is(withGroups)).toBe(true);
    expect(journyx.UserModifiableFields.write.issues(withGroups)).toEqual([
      { message: 'is read-only and must not be sent', path: ['group_names'] },
    ]);
    expect(journyx.UserModifiableFields.write.issues({ fullname: 'x' })).toEqual([
      { message: 'is required', path: ['user_login'] },
    ]);
  });

  it('parse returns the typed value or throws listing the issues', () => {
    expect(journyx.UserModifiableFields.parse(user).fullname).toBe('John Smith');
    expect(() => journyx.UserModifiableFields.parse({ user_login: 1 })).toThrow(
      /UserModifiableFields: user_login must be string; \(root\)|fullname is required/,
    );
  });

  it('treats __proto__, constructor and toString as plain data', () => {
    const hostile = JSON.parse(
      '{"user_login": "a", "fullname": "b", "custom_fields": {"__proto__": {"value": 1}, "constructor": ' +
        '{"value": "ok"}}}',
    );
    expect(journyx.UserModifiableFields.issues(hostile, { all: true })).toEqual([
      { message: 'must be string or null', path: ['custom_fields', '__proto__', 'value'] },
    ]);
    expect(({} as Record<string, unknown>)['value']).toBeUndefined();
    // An object without own `constructor` is not validated through Object.prototype.constructor.
    expect(journyx.CustomFieldValue.is({})).toBe(true);
  });

  it('never throws for any JSON input', () => {
    for (const value of [null, 0, '', [], {}, true, [[[]]], { custom_fields: null }]) {
      expect(() => journyx.UserModifiableFields['~standard'].validate(value)).not.toThrow();
    }
  });

  it('patterns are compiled with the u flag (ID pattern)', () => {
    expect(journyx.JournyxId.is('5CD906A3941C463B9CC98F49DBCC25AA')).toBe(true);
    expect(journyx.JournyxId.issues('5CD9-06A3')).toEqual([
      { message: 'must match the pattern ^[0-9A-Fa-f]{32}$', path: [] },
    ]);
  });
});

describe('clockify validators', () => {
  it('lenient mode lets an enum value the spec does not know yet through, but not a wrong type', () => {
    const dto = { customFieldId: 'a', customFieldType: 'RICH_TEXT', value: 'x' };
    expect(clockify.UserCustomFieldValueDtoV1.issues(dto)).toEqual([
      {
        message: 'must be one of: TXT, NUMBER, DROPDOWN_SINGLE, DROPDOWN_MULTIPLE, CHECKBOX, LINK',
        path: ['customFieldType'],
      },
    ]);
    expect(clockify.UserCustomFieldValueDtoV1.issues(dto, { lenient: true })).toEqual([]);
    expect(clockify.UserCustomFieldValueDtoV1.issues({ ...dto, customFieldType: 7 }, { lenient: true })).toHaveLength(
      1,
    );
  });

  it('anyOf of JSON value types (a custom-field value: string, number, boolean, list, object, null)', () => {
    for (const value of ['x', 1.5, true, ['a'], { url: 'https://x' }, null])
      expect(clockify.CustomFieldValue.is(value)).toBe(true);
    expect(clockify.CustomFieldValue.issues(undefined)).toEqual([
      { message: 'must match at least one schema in anyOf', path: [] },
    ]);
  });

  it('asserts int32 by default', () => {
    expect(clockify.RateDtoV1.issues({ amount: 2 ** 40 })).toEqual([
      { message: 'must be a valid int32', path: ['amount'] },
    ]);
  });
});
