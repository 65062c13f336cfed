import { generateInline } from '../test/support/generate-inline.ts';
const doc = { openapi: '3.1.0', info: { title: '', version: '' }, paths: {}, components: { schemas: { '𓑠': { type: 'object' }, '': { type: 'object' } } } };
const pkg = await generateInline(doc);
console.log(pkg.out);
