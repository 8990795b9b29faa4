/**
 * A small typed event emitter: a service announces what happened, and whoever cares subscribes
 * after both exist, so neither is built around a callback filled in later.
 */

/** `Events` maps each event name to the argument its listeners receive. */
export class TypedEmitter<Events extends object> {
  private readonly listeners = new Map<keyof Events, Set<(event: never) => void>>();

  /** Calls `listener` on every `name` from now on; the returned function unsubscribes it. */
  on<K extends keyof Events>(name: K, listener: (event: Events[K]) => void): () => void {
    let set = this.listeners.get(name);
    if (!set) {
      set = new Set();
      this.listeners.set(name, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  }

  /** Calls the listeners of `name` in the order they subscribed. A listener that throws stops the rest. */
  emit<K extends keyof Events>(name: K, event: Events[K]): void {
    const set = this.listeners.get(name) as Set<(event: Events[K]) => void> | undefined;
    if (!set) return;
    for (const listener of [...set]) listener(event);
  }

  /** How many listeners `name` has (for tests and shutdown checks). */
  listenerCount(name: keyof Events): number {
    return this.listeners.get(name)?.size ?? 0;
  }
}
