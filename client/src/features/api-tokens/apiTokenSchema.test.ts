import { apiTokenSchema } from './apiTokenSchema';

const day = (offsetDays: number) => {
  const date = new Date(Date.now() + offsetDays * 24 * 60 * 60 * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};
const valid = (expiresOn: string) => apiTokenSchema.safeParse({ name: 'CI', workspaceId: null, readOnly: false, expiresOn }).success;

describe('apiTokenSchema expiry', () => {
  it('accepts no expiry, tomorrow, and a date within a year', () => {
    expect(valid('')).toBe(true);
    expect(valid(day(1))).toBe(true);
    expect(valid(day(364))).toBe(true);
  });

  it('refuses a date in the past and one more than a year ahead', () => {
    expect(valid(day(-2))).toBe(false);
    expect(valid(day(400))).toBe(false);
  });
});
