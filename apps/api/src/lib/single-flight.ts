/**
 * Runs one computation per key at a time: callers asking for a key already being computed wait for
 * that computation instead of starting their own. Nothing is kept once it settles (caching is the
 * response cache's job); this only stops a burst of identical cache misses, e.g. every viewer
 * reloading the comparison after an approval, from computing the same answer side by side.
 */
export class SingleFlight<T> {
  private readonly running = new Map<string, Promise<T>>();

  run(key: string, compute: () => Promise<T>): Promise<T> {
    const current = this.running.get(key);
    if (current) return current;
    const started = compute().finally(() => this.running.delete(key));
    this.running.set(key, started);
    return started;
  }

  get size(): number {
    return this.running.size;
  }
}
