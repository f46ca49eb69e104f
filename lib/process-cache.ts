/**
 * Caches shared by every copy of a module in this process.
 *
 * `next build` bundles server code once per layer (pages, route handlers, …), so a module-level cache in lib/ exists
 * once per copy and the same content was read and parsed twice in each build worker (6–7 s each at 1,000 issues, and
 * twice the heap: docs/performance.md#build). A cache kept on `globalThis` under a registered symbol is found by
 * every copy. Its values are plain data built by the same code in each copy, so any copy may use what another made.
 */
function shared<T>(name: string, create: () => T): T {
  const store = globalThis as unknown as Record<symbol, T | undefined>
  const key = Symbol.for(`community-weekly:${name}`)
  return (store[key] ??= create())
}

/** A WeakMap shared by every copy of the calling module: `name` must be unique to the cache. */
export function processWeakMap<K extends WeakKey, V>(name: string): WeakMap<K, V> {
  return shared(name, () => new WeakMap<K, V>())
}

/** A single value shared by every copy of the calling module: `name` must be unique to the slot. */
export function processSlot<T>(name: string): { value?: T } {
  return shared(name, () => ({}))
}
