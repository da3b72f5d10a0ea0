import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './env';

const PRODUCTION_STRIPE = { STRIPE_SECRET_KEY: 'sk_live_51abcDEF', STRIPE_WEBHOOK_SECRET: 'whsec_abc123' };

describe('loadConfig', () => {
  it('runs with no configuration at all: port 4000, embedded database, in-process pub/sub', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development',
      port: 4000,
      appUrl: 'http://localhost:4000',
      databaseUrl: undefined,
      redisUrl: undefined,
    });
    expect(config.embeddedPgDir).toMatch(/\.data\/postgres$/);
    expect(config.corsOrigins).toEqual(['http://localhost:4000', 'http://localhost:5173']);
  });

  it('derives the allowed origins from APP_URL in production', () => {
    const config = loadConfig({ NODE_ENV: 'production', APP_URL: 'https://askbase.example.com/', ...PRODUCTION_STRIPE });
    expect(config.appUrl).toBe('https://askbase.example.com');
    expect(config.corsOrigins).toEqual(['https://askbase.example.com']);
    expect(config.isProduction).toBe(true);
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT: must be a number \(got "eighty"\)/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL: must be a URL starting with postgres: or postgresql:\/\//],
    [{ REDIS_URL: 'localhost:6379' }, /REDIS_URL: must be a URL starting with redis:/],
    [{ NODE_ENV: 'staging' }, /NODE_ENV: use development, production or test/],
    [{ LOG_PRETTY: 'maybe' }, /LOG_PRETTY: use true or false/],
    [{ SMTP_URL: 'mail.example.com:587' }, /SMTP_URL: must be a URL starting with smtp: or smtps:\/\//],
    [{ MAIL_FROM: 'Askbase' }, /MAIL_FROM: must be an address, e.g. "Askbase <no-reply@askbase.example.com>"/],
    [{ METRICS_TOKEN: 'guessable' }, /METRICS_TOKEN: use a random secret of at least 24 characters/],
    [{ METRICS_PORT: 'internal' }, /METRICS_PORT: must be a port number/],
  ])('stops with a message that names the variable and the fix: %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('never repeats a connection URL it rejects: those hold passwords', () => {
    const attempt = () => loadConfig({ SMTP_URL: 'http://mailer:s3cret@smtp.example.com', DATABASE_URL: 'mysql://root:hunter2@db' });
    expect(attempt).toThrow(/SMTP_URL: .*\(value hidden: it may hold a password\)/);
    expect(attempt).not.toThrow(/s3cret|hunter2/);
  });

  it("sends mail to the outbox unless SMTP_URL is set, from an address on APP_URL's domain", () => {
    expect(loadConfig({}).mail).toEqual({ smtpUrl: undefined, from: 'Askbase <no-reply@localhost>' });
    expect(loadConfig({ APP_URL: 'http://127.0.0.1:4000' }).mail.from).toBe('Askbase <no-reply@localhost>');
    const production = loadConfig({ APP_URL: 'https://askbase.example.com', SMTP_URL: 'smtps://user:pass@smtp.example.com:465' });
    expect(production.mail).toEqual({ smtpUrl: 'smtps://user:pass@smtp.example.com:465', from: 'Askbase <no-reply@askbase.example.com>' });
    expect(loadConfig({ MAIL_FROM: 'Team <team@example.com>' }).mail.from).toBe('Team <team@example.com>');
  });

  it('turns semantic retrieval on only with both EMBEDDINGS_BASE_URL and EMBEDDINGS_MODEL', () => {
    expect(loadConfig({}).embeddings).toBeUndefined();
    expect(
      loadConfig({ EMBEDDINGS_BASE_URL: 'http://127.0.0.1:11434/v1', EMBEDDINGS_MODEL: 'nomic-embed-text', EMBEDDINGS_API_KEY: 'k' })
        .embeddings,
    ).toEqual({ baseUrl: 'http://127.0.0.1:11434/v1', model: 'nomic-embed-text', apiKey: 'k', timeoutMs: 10_000 });
    expect(() => loadConfig({ EMBEDDINGS_MODEL: 'nomic-embed-text' })).toThrow(/EMBEDDINGS_BASE_URL and EMBEDDINGS_MODEL go together/);
    expect(() => loadConfig({ EMBEDDINGS_TIMEOUT_MS: 'soon' })).toThrow(/EMBEDDINGS_TIMEOUT_MS: must be a number of milliseconds/);
  });

  it('never repeats an embeddings endpoint or key it rejects', () => {
    const attempt = () => loadConfig({ EMBEDDINGS_BASE_URL: 'ftp://user:s3cret@embed.example.com', EMBEDDINGS_MODEL: 'm' });
    expect(attempt).toThrow(/EMBEDDINGS_BASE_URL: must be a URL starting with http: or https:.*\(value hidden/);
    expect(attempt).not.toThrow(/s3cret/);
  });

  it('serves no metrics unless METRICS_TOKEN or METRICS_PORT says how they are protected', () => {
    expect(loadConfig({}).metrics).toEqual({ token: undefined, port: undefined, host: '127.0.0.1' });
    expect(loadConfig({ METRICS_PORT: '9464', METRICS_HOST: '0.0.0.0' }).metrics).toEqual({
      token: undefined,
      port: 9464,
      host: '0.0.0.0',
    });
  });

  it('sends OpenTelemetry traces only when OTEL_EXPORTER_OTLP_ENDPOINT is set, as service "askbase" over OTLP/HTTP protobuf', () => {
    expect(loadConfig({}).tracing).toBeUndefined();
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-collector:4318' }).tracing).toEqual({
      serviceName: 'askbase',
      protocol: 'http/protobuf',
    });
    const custom = {
      OTEL_EXPORTER_OTLP_ENDPOINT: 'https://otlp.example.com',
      OTEL_SERVICE_NAME: 'askbase-eu',
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
    };
    expect(loadConfig(custom).tracing).toEqual({ serviceName: 'askbase-eu', protocol: 'http/json' });
    expect(loadConfig({ ...custom, OTEL_SDK_DISABLED: 'true' }).tracing).toBeUndefined();
  });

  it('rejects an OTLP endpoint or protocol it cannot use, without repeating the endpoint (it may carry credentials)', () => {
    const grpc = () => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4317', OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' });
    expect(grpc).toThrow(/OTEL_EXPORTER_OTLP_PROTOCOL: use http\/protobuf or http\/json \(gRPC is not supported/);
    const bad = () => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector.internal:4318?key=s3cret' });
    expect(bad).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT: must be the collector's OTLP\/HTTP base URL.*\(value hidden/);
    expect(bad).not.toThrow(/s3cret/);
  });

  it('parses TRUST_PROXY as a boolean, a hop count or a list', () => {
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'loopback' }).trustProxy).toBe('loopback');
    expect(loadConfig({}).trustProxy).toBe(false);
  });

  it('uses the Stripe emulator unless STRIPE_SECRET_KEY is set, with default price ids the emulator seeds', () => {
    expect(loadConfig({}).stripe).toEqual({
      secretKey: undefined,
      webhookSecret: undefined,
      prices: { PRO: { MONTH: 'price_askbase_pro_month', YEAR: 'price_askbase_pro_year' } },
      emulatorPort: 0,
    });
    const real = loadConfig({
      ...PRODUCTION_STRIPE,
      STRIPE_PRICE_PRO_MONTHLY: 'price_1Month',
      STRIPE_PRICE_PRO_YEARLY: 'price_1Year',
      STRIPE_EMULATOR_PORT: '12111',
    }).stripe;
    expect(real).toEqual({
      secretKey: 'sk_live_51abcDEF',
      webhookSecret: 'whsec_abc123',
      prices: { PRO: { MONTH: 'price_1Month', YEAR: 'price_1Year' } },
      emulatorPort: 12111,
    });
  });

  it('requires STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET in production: the emulator never runs there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET are required in production/);
    expect(() => loadConfig({ NODE_ENV: 'production', STRIPE_SECRET_KEY: 'sk_live_51abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', STRIPE_WEBHOOK_SECRET: 'whsec_abc' })).toThrow(ConfigError);
    expect(loadConfig({ NODE_ENV: 'production', ...PRODUCTION_STRIPE }).stripe.secretKey).toBe('sk_live_51abcDEF');
    // Outside production a webhook secret alone is fine: the emulator signs with it.
    expect(loadConfig({ STRIPE_WEBHOOK_SECRET: 'whsec_mine' }).stripe.webhookSecret).toBe('whsec_mine');
    expect(() => loadConfig({ STRIPE_SECRET_KEY: 'sk_test_abc' })).toThrow(/STRIPE_SECRET_KEY needs STRIPE_WEBHOOK_SECRET/);
  });

  it.each([
    [
      { STRIPE_SECRET_KEY: 'pk_live_abc', STRIPE_WEBHOOK_SECRET: 'whsec_a' },
      /STRIPE_SECRET_KEY: must be a Stripe secret or restricted key/,
    ],
    [{ STRIPE_WEBHOOK_SECRET: 'secret' }, /STRIPE_WEBHOOK_SECRET: must be a webhook signing secret starting with whsec_/],
    [{ STRIPE_PRICE_PRO_MONTHLY: 'pro-monthly' }, /STRIPE_PRICE_PRO_MONTHLY: must be a Stripe price id starting with price_/],
    [{ STRIPE_PRICE_PRO_YEARLY: '' }, /STRIPE_PRICE_PRO_YEARLY: must be a Stripe price id/],
    [{ STRIPE_EMULATOR_PORT: '70000' }, /STRIPE_EMULATOR_PORT: must be a port between 0 and 65535/],
    [{ STRIPE_PRICE_PRO_MONTHLY: 'price_same', STRIPE_PRICE_PRO_YEARLY: 'price_same' }, /must be two different prices/],
  ])('rejects bad Stripe settings with a message that says how to fix them: %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('never repeats a Stripe key or signing secret it rejects', () => {
    const attempt = () => loadConfig({ STRIPE_SECRET_KEY: 'sk_live_s3cr3t-with-dash', STRIPE_WEBHOOK_SECRET: 'whsec_ok' });
    expect(attempt).toThrow(/STRIPE_SECRET_KEY: .*\(value hidden/);
    expect(attempt).not.toThrow(/s3cr3t/);
  });
});
