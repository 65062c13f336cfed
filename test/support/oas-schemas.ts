/**
 * The OpenAPI Initiative's schemas as ajv can be an oracle for them. ajv resolves the 3.1 and 3.2
 * schemas' `$dynamicRef: '#meta'` to the schema's root instead of the `$dynamicAnchor` in `$defs`
 * (pinned in test/validators/oracle-gaps.test.ts); only one resource declares `meta`, so the
 * `$ref` it statically is means the same. Shared by test/validators/oas-schema.test.ts and
 * scripts/sweep-oas-schema.ts.
 */
export function withStaticMeta(schema: unknown): object {
  const text = JSON.stringify(schema);
  if (!text.includes('"$dynamicRef":"#meta"'))
    throw new Error('the schema has no $dynamicRef to #meta: this copy would test nothing');
  return JSON.parse(text.replaceAll('"$dynamicRef":"#meta"', '"$ref":"#/$defs/schema"')) as object;
}
