import { describe, expect, it, vi } from 'vitest'

/** A fresh copy of the module, as each bundle layer of `next build` has its own. */
async function freshCopy(): Promise<typeof import('../process-cache')> {
  vi.resetModules()
  return import('../process-cache')
}

describe('process-wide caches', () => {
  it('are shared by every copy of a module, so content is read once per build worker', async () => {
    const first = await freshCopy()
    const second = await freshCopy()
    expect(second).not.toBe(first)
    const key = {}
    first.processWeakMap<object, string>('test:shared').set(key, 'parsed once')
    expect(second.processWeakMap<object, string>('test:shared').get(key)).toBe('parsed once')
    first.processSlot<number>('test:slot').value = 42
    expect(second.processSlot<number>('test:slot').value).toBe(42)
  })

  it('keep caches of different names apart', async () => {
    const { processWeakMap } = await freshCopy()
    const key = {}
    processWeakMap<object, string>('test:a').set(key, 'a')
    expect(processWeakMap<object, string>('test:b').has(key)).toBe(false)
  })
})
