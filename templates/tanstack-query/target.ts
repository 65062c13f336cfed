import type { Target } from '../target.js';
export const tanstackQueryTarget: Target = { name: 'tanstack-query', requires: ['client'], files: () => [] };
