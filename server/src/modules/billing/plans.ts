/** The one definition of what each plan allows. Prices come from Stripe price ids in the environment. */
export enum PlanId {
  FREE = 'FREE',
  PRO = 'PRO',
}

export interface PlanLimits {
  /** Members, pending invitations included. */
  members: number;
  documents: number;
  documentBytes: number;
  questionsPerPeriod: number;
}

export const PLAN_LIMITS: Record<PlanId, PlanLimits> = {
  [PlanId.FREE]: { members: 3, documents: 20, documentBytes: 1_000_000, questionsPerPeriod: 100 },
  [PlanId.PRO]: { members: 50, documents: 2_000, documentBytes: 10_000_000, questionsPerPeriod: 5_000 },
};

/** Display prices in US cents; Stripe bills the price ids from the environment (the emulator seeds these amounts). */
export const PLAN_PRICES_CENTS: Record<PlanId, { month: number; year: number }> = {
  [PlanId.FREE]: { month: 0, year: 0 },
  [PlanId.PRO]: { month: 2000, year: 20000 },
};
