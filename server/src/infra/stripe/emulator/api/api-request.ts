import type { EmulatorBilling } from '../billing';
import type { EmulatorClock } from '../clock';
import type { EventEmitter } from '../events';
import type { Params } from '../form';
import type { EmulatorStore } from '../store';

/** What one API handler gets: the parsed parameters, the path's ids, and the emulator's parts. */
export interface ApiRequest {
  params: Params;
  path: Record<string, string>;
  idempotencyKey: string | null;
  emulator: EmulatorParts;
}

export interface EmulatorParts {
  store: EmulatorStore;
  clock: EmulatorClock;
  billing: EmulatorBilling;
  events: EventEmitter;
  /** Where the emulator listens, for the hosted pages' URLs. */
  baseUrl(): string;
}

export interface ApiRoute {
  method: 'GET' | 'POST' | 'DELETE';
  /** `/v1/customers/:id`: `:name` segments land in `request.path`. */
  path: string;
  handle(request: ApiRequest): object;
}
