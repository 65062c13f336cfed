/** The formats the validators' runtime implements: asserted when `formats: 'assert'`. */
export const ASSERTED_FORMATS: ReadonlySet<string> = new Set([
  'date-time',
  'date',
  'time',
  'email',
  'uuid',
  'uri',
  'ipv4',
  'ipv6',
  'int32',
  'int64',
]);
