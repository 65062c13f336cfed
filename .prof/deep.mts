import { generateInline } from '../test/support/generate-inline.ts';
let deep: Record<string, unknown> = { type: 'string' };
for (let i = 0; i < Number(process.argv[2]); i++) deep = { type: 'object', properties: { next: deep } };
const t = performance.now();
await generateInline({ openapi: '3.1.0', info: { title: 't', version: '1' }, paths: {}, components: { schemas: { Deep: deep } } });
console.log('ms', (performance.now() - t).toFixed(0));
