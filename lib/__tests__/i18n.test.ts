import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { formatIssueDate } from '../dates'
import { getDictionary, type Dictionary } from '../i18n'

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u

/** Every string a dictionary entry can produce, functions called with sample arguments. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (typeof value === 'function') return [String(value(3, 2, 1)), String(value(1, 1, 1)), String(value('x'))]
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings)
  return []
}

describe('interface dictionaries', () => {
  const zh = getDictionary('zh-CN')
  const en = getDictionary('en')

  it('picks zh-CN for Chinese locales and en otherwise', () => {
    expect(getDictionary('zh-TW')).toBe(zh)
    expect(getDictionary('en-US')).toBe(en)
  })

  it('translate every entry: English has no Chinese text, and no entry is left as the other language', () => {
    const keys = Object.keys(zh) as (keyof Dictionary)[]
    expect(keys.flatMap((key) => strings(en[key]).filter((s) => CJK.test(s)).map((s) => `${key}: ${s}`))).toEqual([])
    // Easy/Medium/Hard are the community's own words in both languages.
    const untranslated = keys.filter((key) => key !== 'difficulty' && strings(en[key]).join() === strings(zh[key]).join())
    expect(untranslated).toEqual([])
  })

  it('formats dates for the locale, the same on every machine', () => {
    expect(formatIssueDate('2022-05-27', 'zh-CN')).toBe('2022年5月27日')
    expect(formatIssueDate('2022-05-27', 'en')).toBe('May 27, 2022')
  })
})

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(file)
    return /\.tsx?$/.test(entry.name) ? [file] : []
  })
}

describe('interface text lives in the dictionaries', () => {
  const roots = ['app', 'components'].map((dir) => path.resolve(dir))

  it('no page or component hard-codes Chinese or other CJK text', () => {
    const offenders = roots.flatMap(sourceFiles).flatMap((file) =>
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ file: path.relative(process.cwd(), file), line: i + 1, text: line.trim() }))
        // Full-width punctuation around interpolated values (「」：) is layout, not text; comments may quote content.
        .filter(({ text }) => /[\p{Script=Han}]/u.test(text) && !text.startsWith('//') && !text.startsWith('*') && !text.startsWith('/*')),
    )
    expect(offenders).toEqual([])
  })
})
