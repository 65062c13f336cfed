/**
 * A plugin target: `routes.gen.ts`, every operation's HTTP method and path by client method name,
 * for a router, an API gateway's allow-list or a request log. The package gains a `./routes`
 * entry. Use it from `specforge.config.ts`:
 *
 * ```ts
 * import { defineConfig } from 'specforge';
 * import { routesTarget } from './routes-target.js';
 * export default defineConfig({
 *   sources: [{ name: 'api', spec: 'openapi.yaml', out: 'generated/api', targets: ['client', routesTarget] }],
 * });
 * ```
 *
 * Spec text reaches the code only through `lit` (a literal), `key` (an object key) and the
 * planner's names, as in the built-in targets: a path or an operationId cannot inject code.
 */
import { code, codeStatement, join, key, lit, type Target } from 'specforge';

export const routesTarget: Target = {
  name: 'routes',
  requires: ['types'],
  // The module's own export: no per-operation name may take it.
  reserves: ['routes'],
  subpath: { path: './routes', module: 'routes.gen' },
  files: ({ model, plan }) => {
    const entries = model.operations.map((op) => {
      const route = code`{ method: ${lit(op.method.toUpperCase())}, path: ${lit(op.path)} }`;
      return code`${key(plan.operation(op).method)}: ${route},`;
    });
    const table = code`/** Every operation's method and path, by client method. */
export const routes = {
${join(entries, '\n')}
} as const;`;
    return [{ path: 'routes.gen.ts', statements: [codeStatement(table)] }];
  },
};
