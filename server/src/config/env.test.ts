import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './env';

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
    const config = loadConfig({ NODE_ENV: 'production', APP_URL: 'https://askbase.example.com/' });
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

  it('parses TRUST_PROXY as a boolean, a hop count or a list', () => {
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'loopback' }).trustProxy).toBe('loopback');
    expect(loadConfig({}).trustProxy).toBe(false);
  });
});
