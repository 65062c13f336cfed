import { defineConfig } from './generator/index.js';

/** The project's sources: `npm run generate` builds each of them. */
export default defineConfig({
  sources: [
    { name: 'clockify', spec: 'spec/clockify/openapi.yaml', out: 'generated/clockify', packageName: '@specforge-generated/clockify' },
    { name: 'journyx', spec: 'spec/journyx/openapi.yaml', out: 'generated/journyx', packageName: '@specforge-generated/journyx' },
  ],
});
