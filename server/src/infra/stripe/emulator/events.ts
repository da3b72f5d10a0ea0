import type { EmulatorClock } from './clock';
import { buildEvent, type EmittedEventObjects, type EmittedEventType } from './objects/event';
import type { EmulatorStore } from './store';
import type { WebhookDeliverer } from './webhook-deliverer';

/** Records an event and hands it to the deliverer; every state change in the emulator goes through here. */
export class EventEmitter {
  constructor(
    private readonly store: EmulatorStore,
    private readonly clock: EmulatorClock,
    private readonly deliverer: WebhookDeliverer,
  ) {}

  emit<T extends EmittedEventType>(
    type: T,
    object: EmittedEventObjects[T],
    options: { previousAttributes?: Partial<EmittedEventObjects[T]>; at?: number; idempotencyKey?: string | null } = {},
  ): void {
    const event = buildEvent(type, object, options.at ?? this.clock.now(), options);
    this.store.events.push(event);
    this.deliverer.enqueue(event);
  }
}

/** Stripe's `previous_attributes`: the top-level fields that changed, with their old values. */
export function changedFields<T extends object>(before: T, after: T): Partial<T> {
  const previous: Partial<T> = {};
  for (const key of Object.keys(after) as Array<keyof T>) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) previous[key] = before[key];
  }
  return previous;
}
