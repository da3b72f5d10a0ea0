import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';
import { PLAN_LIMITS, PLAN_PRICES_CENTS, PlanId } from './plans';

const PLANS = /* GraphQL */ `{ plans { id name monthlyPriceCents yearlyPriceCents limits { members documents documentBytes questionsPerPeriod } } }`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

describe('plans', () => {
  it('is public: a logged-out visitor gets FREE then PRO with the limits and prices of plans.ts', async () => {
    const { plans } = await app.client().ok<{ plans: Array<{ id: string }> }>(PLANS);
    expect(plans).toEqual([
      { id: 'FREE', name: 'Free', monthlyPriceCents: 0, yearlyPriceCents: 0, limits: PLAN_LIMITS[PlanId.FREE] },
      { id: 'PRO', name: 'Pro', monthlyPriceCents: 2000, yearlyPriceCents: 20000, limits: PLAN_LIMITS[PlanId.PRO] },
    ]);
    expect(PLAN_PRICES_CENTS[PlanId.PRO]).toEqual({ month: 2000, year: 20000 });
  });

  it('answers a signed-in user the same', async () => {
    const client = app.client();
    await signUp(client);
    const anonymous = await app.client().ok(PLANS);
    expect(await client.ok(PLANS)).toEqual(anonymous);
  });

  it('exposes nothing beyond the published plans (unknown fields are refused by validation)', async () => {
    const refused = await app.client().request('{ plans { id stripePriceId } }');
    expect(refused.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
