import { describe, expect, it } from 'vitest';
import { contentTerms, stem, words } from './terms';

describe('stem', () => {
  it.each([
    [['refund', 'refunds', 'refunded', 'refunding'], 'refund'],
    [['policy', 'policies'], 'policy'],
    [['approve', 'approved', 'approval', 'approves'], 'approv'],
    [['process', 'processing', 'processed', 'processes'], 'proces'],
    [['reimbursed', 'reimbursement', 'reimburse'], 'reimburs'],
    [['set', 'setting'], 'set'],
    [['cancel', 'cancelled', 'cancellation'], 'cancel'],
    [['manager', 'manage', 'managers'], 'manag'],
  ])('maps %j to one stem', (forms, expected) => {
    expect(new Set(forms.map(stem))).toEqual(new Set([expected]));
  });

  it('leaves short words and numbers alone', () => {
    expect(['day', 'is', '2024', '1,000.50'].map(stem)).toEqual(['day', 'is', '2024', '1,000.50']);
  });

  it('keeps different words apart', () => {
    expect(stem('refund')).not.toBe(stem('request'));
    expect(stem('business')).toBe(stem('businesses'));
    expect(stem('business')).not.toBe(stem('busy'));
  });
});

describe('words and contentTerms', () => {
  it('keeps numbers, decimals and inner apostrophes together', () => {
    expect(words("Refunds of EUR 1,000.50 aren't automatic")).toEqual(['refunds', 'of', 'eur', '1,000.50', "aren't", 'automatic']);
  });

  it('drops stop words and stems the rest', () => {
    expect(contentTerms('How do I request refunds for my team?')).toEqual(['request', 'refund', 'team']);
  });
});
