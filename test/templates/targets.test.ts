/**
 * templates/targets.ts and the target seam: which targets a list resolves to, the names the
 * planner hands each target, and a plugin target's files in the package.
 */
import { describe, expect, it } from 'vitest';
import { builtInTargetNames, DEFAULT_TARGETS, resolveTargets } from '../../templates/targets.js';
import type { Target } from '../../templates/target.js';
import { analyse } from '../../generator/analyse/analyse.js';
import { planNames } from '../../generator/plan/plan.js';
import { packageFiles } from '../../templates/package/package-files.js';
import { modelOf } from '../support/model.js';

const names = (list: Parameters<typeof resolveTargets>[0]) => resolveTargets(list).map((t) => t.name);

const SPEC = `openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /users:
    get:
      operationId: listUsers
      responses: { '200': { description: ok, content: { application/json: { schema: { type: array, items: { type: string } } } } } }
  /users-query:
    get:
      operationId: listUsersQuery
      responses: { '204': { description: none } }
  /users/{id}:
    delete:
      operationId: deleteUser
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses: { '204': { description: none } }
`;

describe('resolveTargets', () => {
  it('defaults to types, client, validators and dates', () => {
    expect(names(undefined)).toEqual(['types', 'client', 'dates', 'validators']);
    expect(DEFAULT_TARGETS).toEqual(['types', 'client', 'validators', 'dates']);
  });

  it('brings what a target requires, in a fixed order whatever the list order', () => {
    expect(names(['msw'])).toEqual(['types', 'validators', 'msw']);
    expect(names(['msw', 'tanstack-query'])).toEqual([
      'types',
      'client',
      'dates',
      'validators',
      'tanstack-query',
      'msw',
    ]);
    expect(names(['types'])).toEqual(['types']);
  });

  it('refuses an unknown name, saying which exist', () => {
    expect(() => resolveTargets(['tanstack'])).toThrow(
      /unknown target "tanstack"; the built-in targets are types, client, dates, validators, tanstack-query, msw/,
    );
    expect(builtInTargetNames()).toContain('msw');
  });

  it('takes plugin objects after the built-ins, and refuses one named like a built-in or given twice', () => {
    const plugin: Target = { name: 'routes', requires: ['types'], files: () => [] };
    expect(names(['client', plugin])).toEqual(['types', 'client', 'dates', 'validators', 'routes']);
    expect(() => resolveTargets([{ ...plugin, name: 'client' }])).toThrow(/a built-in target has this name/);
    expect(() => resolveTargets([plugin, plugin])).toThrow(/given twice/);
    expect(() => resolveTargets([{ ...plugin, requires: ['nope'] }])).toThrow(
      /unknown target "nope" \(required by "routes"\)/,
    );
  });
});

describe("the plan's target names", () => {
  it('derives per-operation names in the target namespace, suffixing a clash instead of colliding', async () => {
    const { model } = await modelOf(SPEC);
    const targets = resolveTargets(['tanstack-query']);
    const plan = planNames(analyse(model), { targets });
    const [list, listQuery] = model.operations;
    expect(plan.targetName('tanstack-query', 'query', list!).text).toBe('listUsersQueryOptions');
    expect(plan.targetName('tanstack-query', 'query', listQuery!).text).toBe('listUsersQueryQueryOptions');
    // A target's reserved names (its imports) are never handed out.
    const clash: Target = { name: 'x', operationNames: { fn: () => 'types' }, reserves: ['types'], files: () => [] };
    const clashed = planNames(analyse(model), { targets: [clash] });
    expect(clashed.targetName('x', 'fn', list!).text).toBe('types2');
    expect(() => plan.targetName('msw', 'handler', list!)).toThrow(/no name planned for target msw's handler/);
  });
});

describe('a plugin target', () => {
  it('adds its files, its index re-export, its subpath and its peers to the package', async () => {
    const { model } = await modelOf(SPEC);
    const plugin: Target = {
      name: 'routes',
      requires: ['types'],
      operationNames: { route: (m) => `${m}Route` },
      files: ({ model: m, plan }) => [
        {
          path: 'routes.gen.ts',
          statements: m.operations.map(
            (op) => `export const ${plan.targetName('routes', 'route', op)} = ${JSON.stringify(op.path)};`,
          ),
        },
      ],
      index: () => [`export * from './routes.gen.js';`],
      subpath: { path: './routes', module: 'routes.gen' },
      peerDependencies: { 'left-pad': '^1.0.0' },
    };
    const targets = resolveTargets(['types', plugin]);
    const analysed = analyse(model);
    const files = packageFiles(analysed, planNames(analysed, { targets }), { name: 'p' }, targets);
    expect(files.map((f) => f.path)).toEqual([
      'types.gen.ts',
      'routes.gen.ts',
      'index.ts',
      'package.json',
      'README.md',
    ]);
    const routes = files.find((f) => f.path === 'routes.gen.ts')!;
    expect('statements' in routes && routes.statements).toEqual([
      'export const listUsersRoute = "/users";',
      'export const listUsersQueryRoute = "/users-query";',
      'export const deleteUserRoute = "/users/{id}";',
    ]);
    const index = files.find((f) => f.path === 'index.ts')!;
    expect('statements' in index && index.statements.at(-1)).toBe(`export * from './routes.gen.js';`);
    const pkg = JSON.parse((files.find((f) => f.path === 'package.json') as { text: string }).text);
    expect(pkg.exports['./routes']).toEqual({ types: './dist/routes.gen.d.ts', default: './dist/routes.gen.js' });
    expect(pkg.peerDependencies).toEqual({ 'left-pad': '^1.0.0' });
  });
});
