import { describe, expect, it } from 'vitest';
import { PASSWORD_MAX_LENGTH, passwordProblem } from './password-policy';

const owner = { email: 'ada.lovelace@example.com', name: 'Ada Lovelace' };

describe('passwordProblem', () => {
  it.each([
    ['password', /most common passwords/],
    ['12345678', /most common passwords/],
    ['aaaaaaaa', /Repeated characters/],
    ['qwertyuiop', /most common passwords/],
    ['ada.lovelace@example.com', /email address or name/],
    ['ADA.LOVELACE', /email address or name/],
    ['Ada Lovelace', /email address or name/],
    ['adalovelace1', /email address or name/],
    ['short', /at least 8/],
  ])('refuses %j', (password, message) => {
    expect(passwordProblem(password, owner)).toMatch(message);
  });

  it('refuses more than the maximum, and accepts a long passphrase up to it', () => {
    expect(passwordProblem('correct horse battery staple '.repeat(5).slice(0, PASSWORD_MAX_LENGTH + 1), owner)).toMatch(/at most 128/);
    expect(passwordProblem('correct horse battery staple '.repeat(5).slice(0, PASSWORD_MAX_LENGTH), owner)).toBeNull();
  });

  it.each(['correct horse battery', 'Tr0ub4dor&3', 'pale-otter-drums-77', 'ünïcødé pässwörd 🐙'])(
    'accepts %j without composition rules',
    (password) => {
      expect(passwordProblem(password, owner)).toBeNull();
    },
  );
});
