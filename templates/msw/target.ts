import type { Target } from '../target.js';
export const mswTarget: Target = { name: 'msw', requires: ['types', 'validators'], files: () => [] };
