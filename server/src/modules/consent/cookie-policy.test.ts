import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COOKIE_POLICY_VERSION, OPTIONAL_COOKIE_CATEGORIES } from './cookie-policy';

/** The client asks under its own copy of the policy; the server refuses any other version, so the two must agree. */
describe('cookie policy', () => {
  const clientPolicy = readFileSync(path.resolve(__dirname, '../../../../client/src/features/consent/consentPolicy.ts'), 'utf8');

  it('has the same version in the client', () => {
    expect(clientPolicy).toContain(`COOKIE_POLICY_VERSION = '${COOKIE_POLICY_VERSION}'`);
  });

  it('has the same optional categories in the client', () => {
    for (const category of OPTIONAL_COOKIE_CATEGORIES) expect(clientPolicy).toContain(`'${category}'`);
  });
});
