import type { EmulatorCatalog } from '../../infra/stripe/emulator/stripe-emulator';
import { PLAN_PRICES_CENTS, PlanId } from './plans';

/** What the Stripe emulator sells: Askbase Pro, monthly and yearly, under the price ids Askbase is configured with. */
export function askbaseEmulatorCatalog(priceIds: { month: string; year: string }): EmulatorCatalog {
  const pro = PLAN_PRICES_CENTS[PlanId.PRO];
  return {
    // A fixed id (Stripe allows custom product ids) so a saved emulator state keeps one product across restarts.
    product: { id: 'prod_askbase_pro', name: 'Askbase Pro' },
    prices: [
      { id: priceIds.month, unitAmount: pro.month, interval: 'month', nickname: 'Askbase Pro monthly' },
      { id: priceIds.year, unitAmount: pro.year, interval: 'year', nickname: 'Askbase Pro yearly' },
    ],
  };
}
