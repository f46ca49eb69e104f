import { createHash } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { pinInlineScripts } from '../csp-hashes'

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

describe('pinInlineScripts', () => {
  const page =
    '<!DOCTYPE html><html><head><script>document.documentElement.dataset.theme="dark"</script></head><body>' +
    '<script src="/_next/static/chunks/a.js" async=""></script><script type="application/ld+json">{"@type":"Article"}</script>' +
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script><script id="_R_">x()</script></body></html>'

  it('allows exactly the inline scripts of the page, by hash, in a policy before them all', () => {
    const { html, scripts } = pinInlineScripts(page)
    expect(scripts).toBe(3)
    const policy = /<head><meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]
    expect(policy).toBe(
      `script-src 'self' ${hash('document.documentElement.dataset.theme="dark"')} ${hash('(self.__next_f=self.__next_f||[]).push([0])')} ${hash('x()')}`,
    )
    expect(policy).not.toContain('unsafe-inline')
    expect(html.replace(/<meta http-equiv[^>]+>/, '')).toBe(page)
  })

  it('leaves a pinned page as it is', () => {
    const once = pinInlineScripts(page).html
    expect(pinInlineScripts(once).html).toBe(once)
  })
})
