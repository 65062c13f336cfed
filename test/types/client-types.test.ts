/**
 * Type tests of the generated clients. `expectTypeOf` and `@ts-expect-error` are checked by tsc
 * (test/project/typecheck.test.ts runs it over the whole project, so an unused
 * `@ts-expect-error` fails the suite); the runtime part only makes vitest list the file.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { ResultsMatch, SameType } from '../support/results-match.js';
import {
  createClient as createClockify,
  type ApiFailure,
  type ApiResult,
  type ApiSuccess,
  type ApiUndeclaredError,
  type ResponseMismatch,
} from '../../generated/clockify/index.js';
import { createClient as createJournyx } from '../../generated/journyx/index.js';
import type { UserModifiableFields, UserModifiableFieldsWrite } from '../../generated/journyx/index.js';

const clockify = createClockify({ baseUrl: 'http://127.0.0.1:9', auth: { ApiKeyAuth: 'k' }, retry: { retries: 0 } });
const journyx = createJournyx({ baseUrl: 'http://127.0.0.1:9', auth: { basicAuth: { username: 'u', password: 'p' } } });

async function compileOnly(): Promise<void> {
  // @ts-expect-error — a required path parameter is missing
  await clockify.upsertUserCustomFieldValue({ path: { workspaceId: 'w', userId: 'u' }, body: { value: 'x' } });
  // @ts-expect-error — the body is required
  await clockify.upsertUserCustomFieldValue({ path: { workspaceId: 'w', userId: 'u', customFieldId: 'c' } });
  await clockify.upsertUserCustomFieldValue({
    path: { workspaceId: 'w', userId: 'u', customFieldId: 'c' },
    // @ts-expect-error — wrong body type (a value is JSON: objects are, a bigint is not)
    body: { value: 1n },
  });
  // Any JSON value, objects included (a LINK field's value).
  await clockify.upsertUserCustomFieldValue({
    path: { workspaceId: 'w', userId: 'u', customFieldId: 'c' },
    body: { value: { url: 'https://x' } },
  });
  // @ts-expect-error — an enum value the spec does not have, in a request
  await clockify.createCustomField({ path: { workspaceId: 'w' }, body: { name: 'n', type: 'TEXT' } });
  // @ts-expect-error — group_names is readOnly: not part of a request body
  await journyx.createUser({ body: { user_login: 'j', fullname: 'J', group_names: [] } });
  // @ts-expect-error — user_login is required when creating a user
  await journyx.createUser({ body: { fullname: 'J' } });
  // @ts-expect-error — If-Match is a required header of updateUser
  await journyx.updateUser({ path: { userId: 'x' }, body: { user_login: 'j', fullname: 'J' } });

  const result = await clockify.upsertUserCustomFieldValue({
    path: { workspaceId: 'w', userId: 'u', customFieldId: 'c' },
    body: { value: 'x' },
  });
  if (result.status === 201) expectTypeOf(result.data).toEqualTypeOf<UserCustomFieldValueDtoV1Clockify>();
  if (result.status === 429) expectTypeOf(result.error).toEqualTypeOf<ClockifyError>();
  if (result.error === undefined) expectTypeOf(result.data).toEqualTypeOf<UserCustomFieldValueDtoV1Clockify>();
  // Declared response headers are typed by status: Journyx's ETag on a user read (the README's update example).
  const current = await journyx.getUser({ path: { userId: 'x' } });
  if (current.error === undefined) {
    expectTypeOf(current.headers.ETag).toEqualTypeOf<string | undefined>();
    await journyx.updateUser({
      path: { userId: 'x' },
      headers: { 'If-Match': current.headers.ETag! },
      body: { user_login: 'j', fullname: 'J' },
    });
  }
  // @ts-expect-error — error statuses of getUser declare no headers
  if (current.status === 404) void current.headers.ETag;
  // validate.onMismatch gets a typed report (the type is exported as ResponseMismatch).
  createClockify({
    validate: {
      response: 'lenient',
      onMismatch: (m) => {
        expectTypeOf(m).toEqualTypeOf<ResponseMismatch>();
        expectTypeOf(m.part).toEqualTypeOf<'body' | 'headers' | 'event'>();
      },
    },
  });
  // The unconditional result has both possibilities: it is the runtime's ApiResult of the operation,
  // written out (UpsertUserCustomFieldValueResult), with the error statuses of one body in one member.
  expectTypeOf(result).toEqualTypeOf<UpsertUserCustomFieldValueResult>();
  expectTypeOf<SameType<typeof result, ApiResult<ClockifyOperations['upsertUserCustomFieldValue']['responses']>>>()
    // A status test still narrows `status` itself inside a member shared by several.
    .toEqualTypeOf<true>();
  if (result.status === 404) expectTypeOf(result.status).toEqualTypeOf<404>();
}

type ClockifyOperations = import('../../generated/clockify/index.js').Operations;
type UpsertUserCustomFieldValueResult = import('../../generated/clockify/index.js').UpsertUserCustomFieldValueResult;

type UserCustomFieldValueDtoV1Clockify = import('../../generated/clockify/index.js').UserCustomFieldValueDtoV1;
type ClockifyError = import('../../generated/clockify/index.js').ErrorResponse;

describe('generated types', () => {
  it('views: new_pw only in the write view, group_names only in the read view', () => {
    expectTypeOf<UserModifiableFieldsWrite>().toHaveProperty('new_pw');
    expectTypeOf<UserModifiableFields>().toHaveProperty('group_names');
    expectTypeOf<UserModifiableFields>().not.toHaveProperty('new_pw');
    expectTypeOf<UserModifiableFieldsWrite>().not.toHaveProperty('group_names');
    expectTypeOf<UserModifiableFieldsWrite['user_login']>().toEqualTypeOf<string>();
    // Every operation of both packages: the generated `…Result` is the runtime's `ApiResult`.
    expectTypeOf<
      ResultsMatch<ClockifyOperations, import('../../generated/clockify/index.js').Client>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      ResultsMatch<
        import('../../generated/journyx/index.js').Operations,
        import('../../generated/journyx/index.js').Client
      >
    >().toEqualTypeOf<true>();
    void compileOnly;
  });

  it("exports the members of results, so a helper can take any operation's result", () => {
    type AnyResult = ApiSuccess<number, unknown, unknown> | ApiFailure<number, unknown, unknown> | ApiUndeclaredError;
    expectTypeOf<Awaited<ReturnType<typeof clockify.listCustomFields>>>().toExtend<AnyResult>();
    expectTypeOf<Awaited<ReturnType<typeof journyx.getUser>>>().toExtend<AnyResult>();
    // The members stay apart: a success has no `error`, a failure no `data`.
    expectTypeOf<ApiSuccess<200, string>>().not.toExtend<ApiFailure<number, unknown, unknown>>();
    expectTypeOf<ApiFailure<404, { message: string }>['status']>().toEqualTypeOf<404>();
  });
});
