import type { DatabaseHandle } from '../db/connection.ts';
import type { LiveEvent } from './events.ts';
import { consoleLog, listen, type ListenOptions } from './listener.ts';

export interface HubSignals {
  /** Events may have been missed (the database connection was lost): refetch. */
  onResync?: () => void;
  /** The hub closed: no more events will come. */
  onClose?: () => void;
}

export interface EventHub {
  /** Returns the function that unsubscribes. */
  subscribe(onEvent: (event: LiveEvent) => void, signals?: HubSignals): () => void;
  close(): Promise<void>;
}

export type HubOptions = Omit<ListenOptions, 'onResync'>;

type Subscriber = HubSignals & { onEvent: (event: LiveEvent) => void };

/**
 * One database listener per process, fanned out to every subscriber (each WebSocket).
 * Close it after the HTTP server and before the database handle.
 */
export async function createEventHub(handle: DatabaseHandle, options: HubOptions = {}): Promise<EventHub> {
  const log = options.log ?? consoleLog;
  const subscribers = new Set<Subscriber>();
  let closed = false;

  // One failing subscriber must not keep the event from the others.
  const each = (call: (subscriber: Subscriber) => void): void => {
    for (const subscriber of [...subscribers]) {
      try {
        call(subscriber);
      } catch (error) {
        log.error({ err: error }, 'A live subscriber failed');
      }
    }
  };

  const stop = await listen(handle, (event) => each((s) => s.onEvent(event)), {
    ...options,
    log,
    onResync: () => each((s) => s.onResync?.()),
  });

  return {
    subscribe(onEvent, signals = {}) {
      if (closed) {
        signals.onClose?.();
        return () => undefined;
      }
      const subscriber: Subscriber = { ...signals, onEvent };
      subscribers.add(subscriber);
      return () => void subscribers.delete(subscriber);
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await stop();
      } catch (error) {
        log.warn({ err: error }, 'Live updates did not stop listening cleanly');
      }
      each((s) => s.onClose?.());
      subscribers.clear();
    },
  };
}
