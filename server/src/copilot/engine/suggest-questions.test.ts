import { describe, expect, it } from 'vitest';
import { questionFor, suggestQuestions } from './suggest-questions';

const text = (heading: string) => questionFor(heading)?.text ?? null;

describe('questionFor', () => {
  it.each([
    ['Refund policy', 'What is our refund policy?'],
    ['Refund Policy', 'What is our refund policy?'],
    ['Working hours', 'What are our working hours?'],
    ['Terms of service', 'What are our terms of service?'],
    ['Processing times', 'What are the processing times?'],
    ['How to request a refund', 'How do I request a refund?'],
    ['Request a refund', 'How do I request a refund?'],
    ['Resetting your password', 'How do I reset my password?'],
    ['Getting started', 'How do I get started?'],
    ['Setting up SSO', 'How do I set up SSO?'],
    ['Refunds', 'How do refunds work?'],
    ['Team roles', 'How do team roles work?'],
    ['Billing', 'How does billing work?'],
    ['Monthly vs annual plans', 'What is the difference between monthly and annual plans?'],
    ['Why do we use Linear?', 'Why do we use Linear?'],
    ['What counts as an expense', 'What counts as an expense?'],
    ['Your first day', 'What should I know about my first day?'],
    ['Tools & accounts', 'What should I know about tools and accounts?'],
    ['2.1 Data retention:', 'What should I know about data retention?'],
    ['Billing > Refunds > Eligibility', 'What should I know about eligibility?'],
    ['Using the GitHub integration', 'How do I use the GitHub integration?'],
  ])('%s → %s', (heading, question) => {
    expect(text(heading)).toBe(question);
  });

  it.each(['Overview', 'Introduction', 'FAQ', 'Table of Contents', '1.', 'A', ''])('has no question for "%s"', (heading) => {
    expect(questionFor(heading)).toBeNull();
  });
});

describe('suggestQuestions', () => {
  it('takes turns between documents, best question of each first, at most five', () => {
    const questions = suggestQuestions([
      { title: 'Refund policy', headings: ['Refund policy > Eligibility', 'Refund policy > How to request a refund', 'Refund policy'] },
      { title: 'Employee handbook', headings: ['Overview', 'Vacation', 'Expenses', 'Working hours'] },
      { title: 'Onboarding guide', headings: ['Onboarding guide > Your first day', 'Onboarding guide > Laptop setup'] },
    ]);
    expect(questions).toEqual([
      'How do I request a refund?',
      'What are our working hours?',
      'What is our laptop setup?',
      'What is our refund policy?',
      'How do expenses work?',
    ]);
  });

  it('falls back on document titles, including file-name titles', () => {
    expect(
      suggestQuestions([
        { title: 'Employee handbook', headings: [] },
        { title: 'security-policy', headings: ['Overview'] },
      ]),
    ).toEqual(['What does the employee handbook cover?', 'What is our security policy?']);
  });

  it('drops duplicates and respects a smaller maximum', () => {
    const outline = [
      { title: 'A', headings: ['Refunds', 'Billing > Refunds'] },
      { title: 'B', headings: ['refunds', 'Invoices'] },
    ];
    expect(suggestQuestions(outline, 2)).toEqual(['How do refunds work?', 'How do invoices work?']);
  });

  it('returns nothing for an empty workspace', () => {
    expect(suggestQuestions([])).toEqual([]);
  });
});

describe('suggestQuestions in another language', () => {
  it('offers the headings themselves instead of English questions', () => {
    const outline = [{ title: 'Rückerstattungen', headings: ['Rückerstattungen > Fristen', 'Rückerstattungen > Antrag stellen'] }];
    const questions = suggestQuestions(outline, 5, 'german');
    expect(questions).toContain('Fristen');
    expect(questions.some((question) => /^(?:What|How)\b/.test(question))).toBe(false);
  });
});
