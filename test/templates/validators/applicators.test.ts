/**
 * templates/validators/keywords/applicators.ts: allOf, anyOf, oneOf (exactly one), not, and
 * if/then/else, run as emitted; unevaluated.ts's keywords are run through whole validators in
 * test/validators (they need the annotations the other keywords collect).
 */
import { describe, expect, it } from 'vitest';
import { applicators } from '../../../templates/validators/keywords/applicators.js';
import { raw } from '../../../generator/safe/code.js';
import { keywordCompiler, keywords, runLines } from '../../support/keyword-harness.js';

const type = (t: 'string' | 'integer' | 'number') => keywords({ types: [t] });
const run = (schema: ReturnType<typeof keywords>) => {
  const c = keywordCompiler();
  return runLines(c, applicators(c, schema, 'read', raw('undefined')));
};

describe('applicators', () => {
  it('allOf: every member', () => {
    const check = run(keywords({ allOf: [type('number'), keywords({ minimum: 3 })] }));
    expect(check(4)).toEqual([]);
    expect(check(2)).toHaveLength(1);
    expect(check('4')).toHaveLength(1);
  });

  it('anyOf: at least one member', () => {
    const check = run(keywords({ anyOf: [type('string'), type('integer')] }));
    expect(check('a')).toEqual([]);
    expect(check(1)).toEqual([]);
    expect(check(1.5)).toHaveLength(1);
  });

  it('oneOf: exactly one member (an integer is also a number)', () => {
    const check = run(keywords({ oneOf: [type('integer'), type('number')] }));
    expect(check(1.5)).toEqual([]);
    expect(check(1)).toHaveLength(1);
    expect(check('a')).toHaveLength(1);
  });

  it('not, and if/then/else', () => {
    expect(run(keywords({ not: type('string') }))('a')).toEqual(['must not match the schema in not']);
    expect(run(keywords({ not: type('string') }))(1)).toEqual([]);
    const conditional = run(
      keywords({ if: type('string'), then: keywords({ minLength: 2 }), else: keywords({ minimum: 0 }) }),
    );
    expect(conditional('ab')).toEqual([]);
    expect(conditional('a')).toHaveLength(1);
    expect(conditional(-1)).toHaveLength(1);
    expect(conditional(1)).toEqual([]);
  });
});
