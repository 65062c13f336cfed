/**
 * `$dynamicRef`: JSON Schema's generics, as OpenAPI 3.1.1 and 3.2 describe them ("Generic (Template)
 * Data Structures"). A template's slot (`$dynamicAnchor: itemType` with a `not: {}` default) is
 * bound by the schema that uses it: a named wrapper, an operation's response, an envelope around a
 * wrapper, two slots bound together. Each Schema Object the document holds is a resource of its
 * own for this (schema-resources.ts), so two wrappers of one template do not clash. Validated by the
 * generated validators and typed as the union of what the slot may be bound to.
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateInline } from '../support/generate-inline.js';
import { typeCheck, typeCheckUsage } from '../support/tsc.js';
import { schemasDocument } from '../support/fixtures.js';

const page = (items: unknown[]) => ({ items, total: items.length, page: 1, pageSize: 20 });
const user = { id: 'u1', email: 'a@example.com' };
const group = { id: 'g1', name: 'Sales' };

/** The components every generics spec below shares: two item types and a paginated template. */
const generics = {
  User: {
    type: 'object',
    required: ['id', 'email'],
    properties: { id: { type: 'string' }, email: { type: 'string', format: 'email' } },
  },
  Group: { type: 'object', required: ['id', 'name'], properties: { id: { type: 'string' }, name: { type: 'string' } } },
  PageOf: {
    $id: 'https://example.com/schemas/PageOf',
    $defs: { itemType: { $dynamicAnchor: 'itemType', not: {} } },
    type: 'object',
    required: ['items', 'total', 'page', 'pageSize'],
    properties: {
      items: { type: 'array', items: { $dynamicRef: '#itemType' } },
      total: { type: 'integer', minimum: 0 },
      page: { type: 'integer', minimum: 1 },
      pageSize: { type: 'integer', minimum: 1 },
    },
  },
};
const bind = (slot: string, target: string, template: string) => ({
  $defs: { [slot]: { $dynamicAnchor: slot, $ref: `#/components/schemas/${target}` } },
  $ref: `#/components/schemas/${template}`,
});
const get = (operationId: string, schema: unknown) => ({
  get: { operationId, responses: { '200': { description: 'ok', content: { 'application/json': { schema } } } } },
});

describe('generic templates bound per use', () => {
  let named: Record<string, any>;
  let inline: Record<string, any>;
  let envelope: Record<string, any>;
  let namedOut = '';
  beforeAll(async () => {
    const namedPkg = await generateInline({
      ...schemasDocument({
        ...generics,
        UserPage: { $id: 'https://example.com/schemas/UserPage', ...bind('itemType', 'User', 'PageOf') },
        GroupPage: { $id: 'https://example.com/schemas/GroupPage', ...bind('itemType', 'Group', 'PageOf') },
      }),
      paths: {
        '/users': get('listUsers', { $ref: '#/components/schemas/UserPage' }),
        '/groups': get('listGroups', { $ref: '#/components/schemas/GroupPage' }),
      },
    });
    namedOut = namedPkg.out;
    named = await namedPkg.load();
    // No named wrappers: each operation's response binds the template inline, both in the document.
    inline = await (
      await generateInline({
        ...schemasDocument(generics),
        paths: {
          '/users': get('listUsers', bind('itemType', 'User', 'PageOf')),
          '/groups': get('listGroups', bind('itemType', 'Group', 'PageOf')),
        },
      })
    ).load();
    // An envelope whose data slot is bound to a page whose item slot is bound to User: two levels.
    envelope = await (
      await generateInline({
        ...schemasDocument({
          ...generics,
          Envelope: {
            $id: 'https://example.com/schemas/Envelope',
            $defs: { dataType: { $dynamicAnchor: 'dataType', not: {} } },
            type: 'object',
            required: ['data', 'requestId'],
            properties: { data: { $dynamicRef: '#dataType' }, requestId: { type: 'string' } },
          },
          UserItems: bind('itemType', 'User', 'PageOf'),
        }),
        paths: {
          '/users/{id}': get('getUser', bind('dataType', 'User', 'Envelope')),
          '/users': get('listUsers', bind('dataType', 'UserItems', 'Envelope')),
        },
      })
    ).load();
  });

  it.each([
    ['named wrappers', () => named],
    ['wrappers inline in each response', () => inline],
  ])('%s: each page holds its own item type', (_name, pkg) => {
    const users = pkg().operationValidators.listUsers.responses['200'];
    const groups = pkg().operationValidators.listGroups.responses['200'];
    expect(users(page([user]), 'strict')).toEqual([]);
    expect(groups(page([group]), 'strict')).toEqual([]);
    expect(users(page([group]), 'strict')).toEqual([{ message: 'is required', path: ['items', 0, 'email'] }]);
    expect(groups(page([user]), 'strict')).toEqual([{ message: 'is required', path: ['items', 0, 'name'] }]);
  });

  it('the template alone binds nothing: its default admits no item', () => {
    expect(named.schemas.PageOf.is(page([]))).toBe(true);
    expect(named.schemas.PageOf.issues(page([user]))).toEqual([
      { message: 'must not match the schema in not', path: ['items', 0] },
    ]);
    expect(named.schemas.UserPage.is(page([user]))).toBe(true);
  });

  it('types each wrapper as the template, its items as any binding, and type-checks', () => {
    const types = readFileSync(path.join(namedOut, 'types.gen.ts'), 'utf8');
    expect(types).toMatch(
      /items: Array<PageOfItemType \| (GroupPageItemType \| UserPageItemType|UserPageItemType \| GroupPageItemType)>;/,
    );
    expect(typeCheck(namedOut).output).toBe('');
  });

  it('an envelope around a page: both slots bound, each by its own use', () => {
    const single = envelope.operationValidators.getUser.responses['200'];
    const list = envelope.operationValidators.listUsers.responses['200'];
    expect(single({ data: user, requestId: 'r' }, 'strict')).toEqual([]);
    expect(single({ data: group, requestId: 'r' }, 'strict')).toEqual([
      { message: 'is required', path: ['data', 'email'] },
    ]);
    expect(list({ data: page([user]), requestId: 'r' }, 'strict')).toEqual([]);
    expect(list({ data: page([group]), requestId: 'r' }, 'strict')).toEqual([
      { message: 'is required', path: ['data', 'items', 0, 'email'] },
    ]);
  });
});

it('two slots bound together: a folder whose children are folders of its own kind', async () => {
  const { schemas } = await (
    await generateInline(
      schemasDocument({
        Doc: { type: 'object', required: ['kind'], properties: { kind: { const: 'doc' } } },
        FolderOf: {
          $id: 'https://example.com/schemas/FolderOf',
          $defs: {
            folderType: { $dynamicAnchor: 'folderType', not: {} },
            linkType: { $dynamicAnchor: 'linkType', not: {} },
          },
          type: 'object',
          required: ['kind', 'children', 'links'],
          properties: {
            kind: { const: 'folder' },
            children: {
              type: 'array',
              items: { oneOf: [{ $ref: '#/components/schemas/Doc' }, { $dynamicRef: '#folderType' }] },
            },
            links: { type: 'array', items: { $dynamicRef: '#linkType' } },
          },
        },
        Folder: {
          $id: 'https://example.com/schemas/Folder',
          allOf: [
            {
              $defs: {
                folderType: { $dynamicAnchor: 'folderType', $ref: '#/components/schemas/Folder' },
                linkType: { $dynamicAnchor: 'linkType', $ref: '#/components/schemas/Doc' },
              },
              $ref: '#/components/schemas/FolderOf',
            },
            { type: 'object', required: ['owner'], properties: { owner: { type: 'string' } } },
          ],
        },
      }),
    )
  ).load();
  const folder = (children: unknown[]) => ({ kind: 'folder', owner: 'me', children, links: [{ kind: 'doc' }] });
  expect(schemas.Folder.is(folder([{ kind: 'doc' }, folder([folder([])])]))).toBe(true);
  // A nested folder is a Folder (the binding), so it needs an owner too.
  const { owner: _o, ...unowned } = folder([]);
  expect(schemas.Folder.is(folder([folder([unowned])]))).toBe(false);
  expect(schemas.Folder.is({ ...folder([]), links: [{ kind: 'folder' }] })).toBe(false);
});
describe('$dynamicRef: what binds it', () => {
  const user = { type: 'object', required: ['id'], properties: { id: { type: 'string' } } };

  it('one that one schema resource alone can answer is a $ref: typed and validated, no warning', async () => {
    const pkg = await generateInline(
      schemasDocument({
        User: user,
        Page: {
          type: 'object',
          $defs: { itemType: { $dynamicAnchor: 'itemType', $ref: '#/components/schemas/User' } },
          properties: {
            items: { type: 'array', items: { $dynamicRef: '#itemType' } },
            first: { $dynamicRef: '#/components/schemas/Page/$defs/itemType' },
          },
        },
      }),
    );
    const { schemas } = await pkg.load();
    expect(schemas.Page.is({ items: [{ id: 'a' }], first: { id: 'b' } })).toBe(true);
    expect(schemas.Page.issues({ items: [{}] })).toEqual([{ message: 'is required', path: ['items', 0, 'id'] }]);
    expect(readFileSync(path.join(pkg.out, 'types.gen.ts'), 'utf8')).toMatch(/items\?: Array<PageItemType>;/);
  });

  it('one that several resources may answer is bound by the dynamic scope: a generic bound per use', async () => {
    // JSON Schema's generics: Template's `child` is whatever the outermost resource binds `node` to.
    const pkg = await generateInline(
      schemasDocument({
        Template: {
          $id: 'https://example.com/template',
          $defs: { node: { $dynamicAnchor: 'node', not: {} } },
          type: 'object',
          required: ['id'],
          properties: { id: { type: 'string' }, child: { $dynamicRef: '#node' } },
        },
        Branch: {
          $defs: { node: { $dynamicAnchor: 'node', $ref: '#/components/schemas/Branch' } },
          allOf: [{ $ref: '#/components/schemas/Template' }],
          required: ['name'],
          properties: { name: { type: 'string' } },
        },
      }),
    );
    const { schemas } = await pkg.load();
    expect(
      schemas.Branch.is({ id: 'a', name: 'n', child: { id: 'b', name: 'm', child: { id: 'c', name: 'o' } } }),
    ).toBe(true);
    expect(schemas.Branch.issues({ id: 'a', name: 'n', child: { id: 'b', name: 'm', child: { id: 'c' } } })).toEqual([
      { message: 'is required', path: ['child', 'child', 'name'] },
    ]);
    // Checked on its own, Template's default binding admits no child at all.
    expect(schemas.Template.is({ id: 'a' })).toBe(true);
    expect(schemas.Template.issues({ id: 'a', child: { id: 'b' } })).toEqual([
      { message: 'must not match the schema in not', path: ['child'] },
    ]);
    // Typed as what any binding may give: the default (never) or Branch's.
    const types = readFileSync(path.join(pkg.out, 'types.gen.ts'), 'utf8');
    expect(types).toMatch(/child\?: TemplateNode \| BranchNode;/);
    expect(types).toMatch(/export type TemplateNode = never;/);
    expect(
      typeCheckUsage(pkg.out, [
        "import type { Branch } from './index.js';",
        "export const deep: Branch = { id: 'a', name: 'n', child: { id: 'b', name: 'm' } };",
      ]),
    ).toBe('');
  });

  it('converts the date-times a dynamically bound schema holds, with dates: Date', async () => {
    const pkg = await generateInline(
      schemasDocument({
        Box: {
          $id: 'https://example.com/box',
          $defs: { content: { $dynamicAnchor: 'content', not: {} } },
          type: 'object',
          properties: { content: { $dynamicRef: '#content' } },
        },
        Dated: {
          $defs: {
            content: {
              $dynamicAnchor: 'content',
              type: 'object',
              properties: { at: { type: 'string', format: 'date-time' } },
            },
          },
          $ref: '#/components/schemas/Box',
        },
      }),
      { dates: 'Date' },
    );
    const { schemas } = await pkg.load();
    const parsed = schemas.Dated.parse({ content: { at: '2026-11-30T12:00:00Z' } });
    expect(parsed.content.at).toBeInstanceOf(Date);
  });
});

it('core semantics in a document: two slots, allOf order, a URI with a fragment, plain anchors', async () => {
  const { schemas } = await (
    await generateInline(
      schemasDocument({
        User: generics.User,
        DictOf: {
          $id: 'https://example.com/schemas/DictOf',
          $defs: {
            keyType: { $dynamicAnchor: 'keyType', not: {} },
            valueType: { $dynamicAnchor: 'valueType', not: {} },
          },
          type: 'object',
          properties: {
            entries: {
              type: 'array',
              items: {
                type: 'object',
                required: ['key', 'value'],
                properties: { key: { $dynamicRef: '#keyType' }, value: { $dynamicRef: '#valueType' } },
              },
            },
          },
        },
        UserDict: {
          $defs: {
            keyType: { $dynamicAnchor: 'keyType', type: 'string' },
            valueType: { $dynamicAnchor: 'valueType', $ref: '#/components/schemas/User' },
          },
          $ref: '#/components/schemas/DictOf',
        },
        ListOf: {
          $id: 'https://example.com/schemas/ListOf',
          $defs: { itemType: { $dynamicAnchor: 'listItem', not: {} } },
          type: 'array',
          items: { $dynamicRef: '#listItem' },
        },
        // The binding may come before or after the template in allOf: the scope is the schema, not the order.
        DefsFirst: {
          allOf: [
            { $defs: { itemType: { $dynamicAnchor: 'listItem', type: 'string' } } },
            { $ref: '#/components/schemas/ListOf' },
          ],
        },
        RefFirst: {
          allOf: [
            { $ref: '#/components/schemas/ListOf' },
            { $defs: { itemType: { $dynamicAnchor: 'listItem', type: 'string' } } },
          ],
        },
        Root: {
          $id: 'https://example.com/schemas/Root',
          $dynamicAnchor: 'meta',
          type: 'object',
          required: ['foo'],
          properties: { foo: { const: 'pass' }, bar: { $ref: '#/components/schemas/Bar' } },
        },
        Bar: {
          $id: 'https://example.com/schemas/Bar',
          type: 'object',
          properties: { baz: { $dynamicRef: 'https://example.com/schemas/Root#meta' } },
        },
        // A plain $anchor, and a $dynamicAnchor of another name: both are plain $refs.
        Plain: {
          type: 'array',
          items: { $dynamicRef: '#plain' },
          $defs: { item: { $anchor: 'plain', $dynamicAnchor: 'unrelated', type: 'number' } },
        },
      }),
    )
  ).load();
  expect(schemas.UserDict.is({ entries: [{ key: 'k', value: user }] })).toBe(true);
  expect(schemas.UserDict.is({ entries: [{ key: 1, value: user }] })).toBe(false);
  expect(schemas.UserDict.is({ entries: [{ key: 'k', value: group }] })).toBe(false);
  for (const name of ['DefsFirst', 'RefFirst']) {
    expect(schemas[name].is(['a'])).toBe(true);
    expect(schemas[name].is([1])).toBe(false);
  }
  expect(schemas.Root.is({ foo: 'pass', bar: { baz: { foo: 'pass' } } })).toBe(true);
  expect(schemas.Root.is({ foo: 'pass', bar: { baz: { foo: 'fail' } } })).toBe(false);
  expect(schemas.Plain.is([1])).toBe(true);
  expect(schemas.Plain.is(['a'])).toBe(false);
});
