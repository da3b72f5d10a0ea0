import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Random base62 text; modulo bias is irrelevant here (ids only need to be unique and look like Stripe's). */
function base62(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += ALPHABET[byte % ALPHABET.length];
  return out;
}

/** Stripe's id formats: a type prefix, an underscore, then random base62 (checkout sessions carry `cs_test_`). */
export const newId = {
  customer: () => `cus_${base62(14)}`,
  product: () => `prod_${base62(14)}`,
  price: () => `price_${base62(24)}`,
  checkoutSession: () => `cs_test_${base62(58)}`,
  subscription: () => `sub_${base62(24)}`,
  subscriptionItem: () => `si_${base62(14)}`,
  invoice: () => `in_${base62(24)}`,
  invoiceLine: () => `il_${base62(24)}`,
  portalSession: () => `bps_${base62(24)}`,
  portalConfiguration: () => `bpc_${base62(24)}`,
  paymentMethod: () => `pm_${base62(24)}`,
  event: () => `evt_${base62(24)}`,
  request: () => `req_${base62(14)}`,
  webhookSecret: () => `whsec_${base62(32)}`,
  secretKey: () => `sk_test_emulator_${base62(24)}`,
};
