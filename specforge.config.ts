import { defineConfig } from './generator/index.js';

/** The default package, plus TanStack Query options and MSW handlers (each a subpath entry with an optional peer). */
const TARGETS = ['types', 'client', 'validators', 'dates', 'tanstack-query', 'msw'];

/** The project's sources: `npm run generate` builds each of them. */
export default defineConfig({
  sources: [
    {
      name: 'clockify',
      spec: 'spec/clockify/openapi.yaml',
      out: 'generated/clockify',
      packageName: '@specforge-generated/clockify',
      targets: TARGETS,
    },
    {
      name: 'journyx',
      spec: 'spec/journyx/openapi.yaml',
      out: 'generated/journyx',
      packageName: '@specforge-generated/journyx',
      targets: TARGETS,
    },
  ],
});
