import { describe, expect, it } from 'vitest';
import { camelCase, NameTable, pascalCase } from '../../generator/plan/names.js';
import { planNames } from '../../generator/plan/plan.js';
import { analyse } from '../../generator/analyse/analyse.js';
import { isIdentifierName, RESERVED_WORDS } from '../../generator/safe/code.js';
import { specWithSchemas } from '../support/fixtures.js';
import { modelOf } from '../support/model.js';

describe('names', () => {
  it.each([
    ['user_name', 'UserName'],
    ['UserName', 'UserName'],
    ['RTL', 'RTL'],
    ['get-user', 'GetUser'],
    ['123abc', '_123abc'],
    ['', 'Schema'],
    ['🙂', 'Schema'],
    ['a"b\\c', 'ABC'],
    ['café au lait', 'CaféAuLait'],
    // A letter TypeScript does not know (U+323B0, Unicode 15) before a digit-like continue-only
    // character (U+1D7CE): dropping the letter must not leave a name that starts with the digit.
    ['\u{323B0}\u{1D7CE}', '_\u{1D7CE}'],
  ])('pascalCase(%j) = %j', (raw, expected) => {
    expect(pascalCase(raw)).toBe(expected);
  });

  it.each([
    ['get-user', 'getUser'],
    ['GetUser', 'getUser'],
    ['LIST', 'list'],
    ['delete', 'delete'],
  ])('camelCase(%j) = %j', (raw, expected) => {
    expect(camelCase(raw)).toBe(expected);
  });

  it('hands out case-folded names once, deterministically', () => {
    const table = new NameTable();
    expect(['Rtl', 'RTL', 'rtl', 'Error', 'class'].map((n) => table.claim(n, 'Model'))).toEqual([
      'Rtl',
      'RTL2',
      'rtl3',
      'ErrorModel',
      'classModel',
    ]);
  });
});

describe('planNames', () => {
  it('gives colliding, reserved and prototype names distinct valid identifiers', async () => {
    const names = [
      'rtl',
      'RTL',
      'user_name',
      'UserName',
      '__proto__',
      'constructor',
      'toString',
      'class',
      'Error',
      'a b',
      '1st',
    ];
    const { model } = await modelOf(
      specWithSchemas(names.map((n) => `${JSON.stringify(n)}: { type: string }`).join('\n')),
    );
    const plan = planNames(analyse(model));
    const planned = model.schemas.map((s) => plan.schemaType(s.id, 'read').text);
    expect(new Set(planned.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const n of planned) {
      expect(isIdentifierName(n)).toBe(true);
      expect(RESERVED_WORDS.has(n)).toBe(false);
    }
    // Original names stay available: the model keeps them as rawName.
    expect(model.schemas.map((s) => s.rawName).sort()).toEqual([...names].sort());
    // Stable across runs.
    expect(model.schemas.map((s) => planNames(analyse(model)).schemaType(s.id, 'read').text)).toEqual(planned);
  });

  it('plans write views only where readOnly/writeOnly occur, through refs', async () => {
    const { model } = await modelOf(
      specWithSchemas(
        'User:\n  type: object\n  properties:\n    id: { type: string, readOnly: true }\nList:\n  type: array\n  ' +
          'items: { $ref: "#/components/schemas/User" }\nPlain: { type: string }',
      ),
    );
    const plan = planNames(analyse(model));
    const byName = (n: string) => model.schemas.find((s) => s.rawName === n)!.id;
    expect(plan.schemaType(byName('User'), 'write').text).toBe('UserWrite');
    expect(plan.schemaType(byName('List'), 'write').text).toBe('ListWrite');
    expect(plan.hasViews(byName('Plain'))).toBe(false);
    expect(plan.schemaType(byName('Plain'), 'write').text).toBe('Plain');
  });

  it('names operations from operationId, or method and path, without prototype members', async () => {
    const { model } = await modelOf(`openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /a: { get: { operationId: constructor, responses: { '200': { description: ok } } } }
  /b/{id}: { get: { responses: { '200': { description: ok } } } }
  /c: { get: { operationId: get-user, responses: { '200': { description: ok } } }, post: { operationId: getUser, responses: { '200': { description: ok } } } }
components: { schemas: { GetUserRequest: { type: string }, GetUserResult: { type: string } } }
`);
    const plan = planNames(analyse(model));
    expect(model.operations.map((op) => plan.operation(op).method)).toEqual([
      'constructor2',
      'getBById',
      'getUser',
      'getUser2',
    ]);
    // An operation type does not take a schema's name; a result, claimed last, neither.
    expect(plan.operation(model.operations[2]!).request.text).toBe('GetUserRequest2');
    expect(model.operations.map((op) => plan.operation(op).result.text)).toEqual([
      'Constructor2Result',
      'GetBByIdResult',
      'GetUserResult2',
      'GetUser2Result',
    ]);
  });

  it('names each route of a shared path item apart (the path items $ref one item)', async () => {
    const { model } = await modelOf(`openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /ip-address: { get: { responses: { '200': { description: ok } } } }
  /support/ip-address: { $ref: '#/paths/~1ip-address' }
`);
    const plan = planNames(analyse(model));
    expect(model.operations.map((op) => [op.path, plan.operation(op).method, plan.operation(op).request.text])).toEqual(
      [
        ['/ip-address', 'getIpAddress', 'GetIpAddressRequest'],
        ['/support/ip-address', 'getSupportIpAddress', 'GetSupportIpAddressRequest'],
      ],
    );
  });
});
