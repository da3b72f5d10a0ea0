/**
 * Stripe's documented test card numbers, as far as the emulator needs them: one that pays, and declining ones.
 * 4000 0000 0000 0341 attaches to a customer but its charges fail, which is how a renewal failure is staged.
 */
export type CardBehaviour = 'pays' | 'declines';

const TEST_CARDS: Record<string, CardBehaviour> = {
  '4242424242424242': 'pays',
  '5555555555554444': 'pays',
  '4000000000000002': 'declines',
  '4000000000000341': 'declines',
};

export interface TestCard {
  number: string;
  last4: string;
  behaviour: CardBehaviour;
}

/** The card behind a typed number (spaces and dashes ignored), or undefined when it is not a known test card. */
export function testCard(typed: string): TestCard | undefined {
  const number = typed.replace(/[\s-]/g, '');
  const behaviour = TEST_CARDS[number];
  return behaviour ? { number, last4: number.slice(-4), behaviour } : undefined;
}
