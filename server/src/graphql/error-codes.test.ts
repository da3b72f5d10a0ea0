import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { GraphQLEnumType, GraphQLError } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError, ErrorCode } from '../errors/app-error';
import { appErrorFromDatabase } from '../errors/database-errors';
import { createLogger } from '../infra/logging/logger';
import { PlanId } from '../modules/billing/plans';
import { createErrorFormatter, PASS_THROUGH_CODES } from './format-error';
import { buildBareSchema } from './schema';

const SRC = path.resolve(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** Every error class the server exports that is an AppError, wherever it lives (found by reading the sources). */
async function appErrorClasses(): Promise<Map<string, typeof AppError>> {
  const found = new Map<string, typeof AppError>();
  for (const file of sourceFiles(SRC)) {
    if (!/export class \w+ extends \w*Error\b/.test(readFileSync(file, 'utf8'))) continue;
    const exported: Record<string, unknown> = await import(file);
    for (const [name, value] of Object.entries(exported)) {
      if (typeof value === 'function' && value.prototype instanceof AppError) found.set(name, value as typeof AppError);
    }
  }
  return found;
}

// The classes found in the sources, by name, for the samples below.
const classes: Record<string, unknown> = {};

type Ctor = new (...args: never[]) => AppError;
const make = (name: string, ...args: unknown[]) => new (classes[name] as unknown as new (...a: unknown[]) => AppError)(...args);
/** Constructor arguments for each AppError subclass; several when the code depends on them. */
const sampleArgs: Record<string, unknown[][]> = {
  UnauthenticatedError: [[]],
  ForbiddenError: [[]],
  NotFoundError: [['Document']],
  BadUserInputError: [[[{ field: 'name', message: 'Too long.' }]]],
  ConflictError: [['Taken.', 'slug']],
  RateLimitedError: [[30]],
  EmailNotVerifiedError: [['invite members']],
  VerificationLinkUnusableError: [['unknown'], ['used'], ['expired']],
  TooManyInFlightError: [[2]],
  ServiceUnavailableError: [[]],
  EmailAlreadyRegisteredError: [[]],
  InvalidCredentialsError: [[]],
  WeakPasswordError: [['newPassword', 'This is one of the most common passwords. Choose another.']],
  WrongCurrentPasswordError: [[]],
  PasswordResetTokenUnusableError: [['expired'], ['used'], ['unknown']],
  ReadOnlyTokenError: [[]],
  BrowserSessionRequiredError: [[]],
  ApiTokenExpiryTooFarError: [[366]],
  AnswerAlreadyFinishedError: [['DONE']],
  AfterSeqOutOfRangeError: [[9, 3]],
  SlugTakenError: [[]],
  OwnerRequiredError: [[]],
  AlreadyMemberError: [[]],
  AlreadyInvitedError: [[]],
  InvitationUnusableError: [['expired'], ['used'], ['revoked'], ['unknown']],
  InvitationEmailMismatchError: [['grace@example.com']],
  ConfirmNameMismatchError: [[]],
  PlanLimitReachedError: [['members', PlanId.FREE, 3]],
  PlanNotPurchasableError: [['FREE']],
  AlreadySubscribedError: [[]],
  BillingProviderUnavailableError: [[]],
  DocumentRejectedError: [['no-text', 'This file holds no text.']],
  UploadUnusableError: [['unknown'], ['expired']],
  CsrfHeaderMissingError: [[]],
  AvatarNotAnImageError: [[]],
  AvatarTooManyPixelsError: [[25_000_000]],
  AvatarTooLargeError: [[2 * 1024 * 1024]],
  WrongPasswordError: [[]],
  EmailInUseError: [[]],
  SameEmailError: [[]],
  EmailChangeTokenUnusableError: [['unknown'], ['used'], ['expired']],
  DataExportRequestedRecentlyError: [[42]],
  DataExportExpiredError: [[]],
  DataExportNotReadyError: [[]],
  SoleOwnerOfSharedWorkspacesError: [[[{ id: '00000000-0000-4000-8000-000000000000', name: 'Acme', slug: 'acme' }]]],
  UnknownConsentCategoryError: [['marketing']],
  CookiePolicyVersionMismatchError: [[]],
};

async function schemaCodes(): Promise<string[]> {
  const type = (await buildBareSchema()).getType('ErrorCode');
  expect(type).toBeInstanceOf(GraphQLEnumType);
  return (type as GraphQLEnumType).getValues().map((value) => value.value as string);
}

let found: Map<string, typeof AppError>;
beforeAll(async () => {
  found = await appErrorClasses();
  for (const [name, value] of found) classes[name] = value;
});

describe('one list of error codes, published in the schema', () => {
  it('publishes exactly the server’s ErrorCode values as `enum ErrorCode`', async () => {
    expect((await schemaCodes()).sort()).toEqual(Object.values(ErrorCode).sort());
  });

  it('has a sample of every AppError subclass, and each sample’s code is in the enum', async () => {
    // A new error class fails here until it gets a sample, so its code cannot escape the check below.
    expect([...found.keys()].sort()).toEqual(Object.keys(sampleArgs).sort());
    const codes = new Set(await schemaCodes());
    const thrown = Object.entries(sampleArgs).flatMap(([name, argsList]) => argsList.map((args) => make(name, ...args)));
    expect(thrown.length).toBeGreaterThanOrEqual(found.size);
    for (const error of thrown) expect(codes, `${error.name}: ${error.code}`).toContain(error.code);
    // The database failures the formatter turns into AppErrors, too.
    const fromDatabase = appErrorFromDatabase(Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }));
    expect(fromDatabase?.code).toBe(ErrorCode.SERVICE_UNAVAILABLE);
  });

  it('maps every error the formatter sees to a code of the enum', async () => {
    const codes = new Set(await schemaCodes());
    for (const code of PASS_THROUGH_CODES) expect(codes).toContain(code);
    const format = createErrorFormatter(createLogger({ logLevel: 'silent', logPretty: false }));
    const cases: unknown[] = [
      new GraphQLError('Nope', { originalError: new (classes.ForbiddenError as Ctor)() }),
      new GraphQLError('Argument Validation Error', {
        extensions: { validationErrors: [{ property: 'name', constraints: { max: 'Too long' } }] },
      }),
      new GraphQLError('Syntax Error', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } }),
      new GraphQLError('Bad hash', { extensions: { http: { status: 400 } } }),
      new GraphQLError('Boom', { originalError: new Error('a bug') }),
    ];
    const produced = cases.map((error) => {
      const { message, extensions } = error as GraphQLError;
      return format({ message, extensions }, error).extensions?.code;
    });
    expect(produced).toEqual(['FORBIDDEN', 'BAD_USER_INPUT', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'INTERNAL_SERVER_ERROR']);
    for (const code of produced) expect(codes).toContain(code);
  });

  it('writes codes as ErrorCode members in the sources, never as bare strings that could drift', () => {
    const literals = sourceFiles(SRC).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bcode: '([A-Z_]+)'/g)].map((match) => `${path.relative(SRC, file)}: ${match[1]}`),
    );
    expect(literals).toEqual([]);
  });
});
