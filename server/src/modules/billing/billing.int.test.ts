import { execFile } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workspaceOf } from '../../../test/copilot';
import { signUp } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';
import { type Caller, createTeam, type Team } from '../../../test/team';
import { waitFor } from '../../../test/wait-for';
import { serverRoot } from '../../config/paths';
import { createStripeClient } from '../../infra/stripe/stripe-gateway';

const DAY = 24 * 60 * 60 * 1000;
/** The app's clock for plan decisions: tests step it forward. */
let offsetMs = 0;
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp(
    {},
    {
      now: () => new Date(Date.now() + offsetMs),
      stripe: {
        // Nothing listens there: Stripe is "down" for the checkout tests below.
        client: createStripeClient({
          secretKey: 'sk_test_down',
          emulatorUrl: 'http://127.0.0.1:9',
          maxNetworkRetries: 0,
          timeoutMs: 1_000,
        }),
        settings: { webhookSecret: 'whsec_billing', prices: { PRO: { MONTH: 'price_m', YEAR: 'price_y' } } },
      },
    },
  );
});
afterAll(async () => {
  await app?.close();
});

const USAGE =
  'query($slug: String!) { workspace(slug: $slug) { plan { id limits { questionsPerPeriod } } subscription { plan status graceEndsAt compPlan compUntil } usage { questionsThisPeriod { limit } members { limit } } } }';
interface UsageView {
  workspace: {
    plan: { id: string; limits: { questionsPerPeriod: number } };
    subscription: { plan: string; status: string; graceEndsAt: string | null; compPlan: string | null; compUntil: string | null };
    usage: { questionsThisPeriod: { limit: number }; members: { limit: number } };
  };
}
const view = (team: Team, caller: Caller = 'OWNER') => team.client(caller).ok<UsageView>(USAGE, { slug: team.own.workspace.slug });

describe('effective plan from the mirror', () => {
  it('keeps PRO limits for 7 days of PAST_DUE, then FREE limits apply', async () => {
    offsetMs = 0;
    const team = await createTeam(app);
    await app.sql(
      `insert into workspace_billing (workspace_id, stripe_subscription_id, status, plan, interval, past_due_since)
       values (?, 'sub_grace', 'PAST_DUE', 'PRO', 'MONTH', now())`,
      [team.own.workspace.id],
    );
    const during = await view(team, 'VIEWER');
    expect(during.workspace.subscription).toMatchObject({ plan: 'PRO', status: 'PAST_DUE' });
    expect(during.workspace.usage.questionsThisPeriod.limit).toBe(5_000);
    expect(during.workspace.plan).toEqual({ id: 'PRO', limits: { questionsPerPeriod: 5_000 } });
    expect(new Date(during.workspace.subscription.graceEndsAt ?? 0).getTime()).toBeGreaterThan(Date.now() + 6.9 * DAY);

    offsetMs = 6 * DAY;
    expect((await view(team)).workspace.subscription.plan).toBe('PRO');
    offsetMs = 7 * DAY + 60_000;
    const after = await view(team);
    expect(after.workspace.subscription).toMatchObject({ plan: 'FREE', status: 'PAST_DUE' });
    expect(after.workspace.usage).toEqual({ questionsThisPeriod: { limit: 100 }, members: { limit: 3 } });
    expect(after.workspace.plan).toEqual({ id: 'FREE', limits: { questionsPerPeriod: 100 } });
    // The FREE limit bites again: the team (4 members with the invitation) cannot invite more.
    const invite = await team
      .client('OWNER')
      .request('mutation($w: ID!) { inviteMember(workspaceId: $w, email: "x@example.com", role: VIEWER) { id } }', {
        w: team.own.workspace.id,
      });
    expect(invite.errors?.[0]?.extensions).toMatchObject({ code: 'PLAN_LIMIT_REACHED', plan: 'FREE', limit: 'members' });
    offsetMs = 0;
  });
});

describe('npm run admin -- plan', () => {
  const run = (...args: string[]) =>
    promisify(execFile)(process.execPath, [path.join(serverRoot, 'dist', 'src', 'admin-cli.js'), ...args], {
      env: { PATH: process.env.PATH ?? '', DATABASE_URL: app.database.url, NODE_ENV: 'test', LOG_LEVEL: 'silent' },
    });

  it('grants PRO until a date, shows in billing settings, is audited, and ends by itself', async () => {
    offsetMs = 0;
    const team = await createTeam(app);
    const until = new Date(Date.now() + 10 * DAY).toISOString().slice(0, 10);
    const { stdout } = await run('plan', team.own.workspace.slug, 'PRO', '--until', until, '--note', 'support ticket 42');
    expect(stdout).toContain(`PRO granted until ${until}T23:59:59.999Z; the plan in force is now PRO.`);
    const granted = await view(team);
    expect(granted.workspace.subscription).toMatchObject({
      plan: 'PRO',
      status: 'NONE',
      compPlan: 'PRO',
      compUntil: `${until}T23:59:59.999Z`,
    });
    expect(granted.workspace.usage.questionsThisPeriod.limit).toBe(5_000);
    const audit = await app.sql<{ action: string; details: { note: string } }>(
      "select action, details from audit_events where workspace_id = ? and action = 'billing.plan_comped'",
      [team.own.workspace.id],
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]?.details.note).toBe('support ticket 42');

    offsetMs = 11 * DAY;
    const ended = await view(team);
    expect(ended.workspace.subscription).toMatchObject({ plan: 'FREE', compPlan: null, compUntil: null });
    expect(ended.workspace.usage.questionsThisPeriod.limit).toBe(100);
    offsetMs = 0;
  });

  it('refuses an unknown plan, a bad date and an unknown workspace', async () => {
    const team = await createTeam(app);
    await expect(run('plan', team.own.workspace.slug, 'GOLD')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Unknown plan "GOLD"'),
    });
    await expect(run('plan', team.own.workspace.slug, 'PRO', '--until', '2027-02-30')).rejects.toMatchObject({ code: 2 });
    await expect(run('plan', 'no-such-workspace', 'PRO')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('Workspace not found'),
    });
  });
});

const CHECKOUT = 'mutation($w: ID!, $plan: PlanId!) { createCheckoutSession(workspaceId: $w, plan: $plan, interval: MONTH) { url } }';
const PORTAL = 'mutation($w: ID!) { createBillingPortalSession(workspaceId: $w) { url } }';

describe('checkout and portal permissions', () => {
  it('refuses ADMIN, MEMBER, VIEWER and another workspace’s owner', async () => {
    const team = await createTeam(app);
    for (const caller of ['ADMIN', 'MEMBER', 'VIEWER', 'OUTSIDER', 'ANONYMOUS'] as const) {
      for (const [query, variables] of [
        [CHECKOUT, { w: team.own.workspace.id, plan: 'PRO' }],
        [PORTAL, { w: team.own.workspace.id }],
      ] as const) {
        const result = await team.client(caller).request(query, variables);
        expect(result.data, caller).toBeNull();
        // Members are refused by role; another workspace's owner is told the workspace does not exist.
        const expected = {
          ADMIN: 'FORBIDDEN',
          MEMBER: 'FORBIDDEN',
          VIEWER: 'FORBIDDEN',
          OUTSIDER: 'NOT_FOUND',
          ANONYMOUS: 'UNAUTHENTICATED',
        }[caller];
        expect(result.errors?.[0]?.extensions?.code, `${caller}: ${result.errors?.[0]?.message}`).toBe(expected);
      }
    }
    expect(
      await app.sql("select id from audit_events where workspace_id = ? and action::text like 'billing.%'", [team.own.workspace.id]),
    ).toEqual([]);
  });

  it('refuses FREE as a plan, and says when Stripe does not answer, storing nothing', async () => {
    const team = await createTeam(app);
    const free = await team.client('OWNER').request(CHECKOUT, { w: team.own.workspace.id, plan: 'FREE' });
    expect(free.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'plan' }] });
    const down = await team.client('OWNER').request(CHECKOUT, { w: team.own.workspace.id, plan: 'PRO' });
    expect(down.errors?.[0]?.extensions).toMatchObject({ code: 'BILLING_PROVIDER_UNAVAILABLE', retryAfterSeconds: 30 });
    const portal = await team.client('OWNER').request(PORTAL, { w: team.own.workspace.id });
    expect(portal.errors?.[0]?.extensions?.code).toBe('BILLING_PROVIDER_UNAVAILABLE');
    expect(
      await app.sql("select id from audit_events where workspace_id = ? and action::text like 'billing.%'", [team.own.workspace.id]),
    ).toEqual([]);
    expect(
      await app.sql('select 1 from workspace_billing where workspace_id = ? and stripe_customer_id is not null', [team.own.workspace.id]),
    ).toEqual([]);
  });

  it('refuses an owner whose address is unverified with EMAIL_NOT_VERIFIED, and a plan that does not exist', async () => {
    const owner = app.client();
    await signUp(owner);
    const workspaceId = await workspaceOf(owner);
    const unverified = await owner.request(CHECKOUT, { w: workspaceId, plan: 'PRO' });
    expect(unverified.data).toBeNull();
    expect(unverified.errors?.[0]?.extensions?.code).toBe('EMAIL_NOT_VERIFIED');
    expect(unverified.errors?.[0]?.message).toContain('upgrade the plan');
    const unknownPlan = await owner.request(CHECKOUT, { w: workspaceId, plan: 'ENTERPRISE' });
    expect(unknownPlan.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(unknownPlan.errors?.[0]?.message).toContain('ENTERPRISE');
    expect(await app.sql("select id from audit_events where workspace_id = ? and action::text like 'billing.%'", [workspaceId])).toEqual(
      [],
    );
  });

  it('refuses a second subscription with CONFLICT', async () => {
    const team = await createTeam(app);
    await app.sql(
      "insert into workspace_billing (workspace_id, stripe_subscription_id, status, plan) values (?, 'sub_live', 'ACTIVE', 'PRO')",
      [team.own.workspace.id],
    );
    const again = await team.client('OWNER').request(CHECKOUT, { w: team.own.workspace.id, plan: 'PRO' });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});

describe('a slow Stripe', () => {
  it('does not hold the billing row while the customer is created', async () => {
    // A loopback "Stripe" that takes requests and answers only when told: the customer job waits on it.
    const held: http.ServerResponse[] = [];
    const slowStripe = http.createServer((_request, response) => held.push(response));
    await new Promise<void>((resolve) => slowStripe.listen(0, '127.0.0.1', resolve));
    const { port } = slowStripe.address() as AddressInfo;
    const slowApp = await startTestApp(
      {},
      {
        stripe: {
          client: createStripeClient({
            secretKey: 'sk_test_slow',
            emulatorUrl: `http://127.0.0.1:${port}`,
            maxNetworkRetries: 0,
            timeoutMs: 30_000,
          }),
          settings: { webhookSecret: 'whsec_slow', prices: { PRO: { MONTH: 'price_m', YEAR: 'price_y' } } },
        },
      },
    );
    try {
      const team = await createTeam(slowApp);
      const { createWorkspace } = await team
        .client('OWNER')
        .ok<{ createWorkspace: { id: string } }>('mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }', {
          input: { name: 'Waits for Stripe' },
        });
      await waitFor(() => held.length > 0, { description: 'the customer job to call Stripe' });
      // Checkouts and limit checks lock this row; with Stripe slow they must not queue behind the job.
      const locked = await slowApp.sql<{ workspace_id: string }>(
        'select workspace_id from workspace_billing where workspace_id = ? for update nowait',
        [createWorkspace.id],
      );
      expect(locked.length).toBeLessThanOrEqual(1);
    } finally {
      for (const response of held) response.writeHead(500).end('{"error":{"type":"api_error","message":"slow"}}');
      await slowApp.close();
      await new Promise((resolve) => slowStripe.close(resolve));
    }
  });
});
