/** The price a plan card shows: per month or per year (the names of the API's BillingInterval). */
export type DisplayInterval = 'MONTH' | 'YEAR';

/** "$0", "$20", "$200": whole dollars without cents, cents when there are any. */
export function formatPrice(cents: number): string {
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: cents % 100 === 0 ? 0 : 2,
  }).format(cents / 100);
}

/** Plan limits are decimal: 1,000,000 bytes is "1 MB". */
export function formatPlanBytes(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toLocaleString('en-US')} MB` : `${(bytes / 1000).toLocaleString('en-US')} kB`;
}
