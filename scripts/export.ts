/**
 * Writes an issue as an e-mail (.html and .txt) or as a WeChat article (.html), to paste into a sending service or
 * the WeChat Official Account editor.
 *
 *   npm run export -- email 2022-05-27            # email/2022-05-27.html and .txt under ./export
 *   npm run export -- wechat latest --out /tmp/x  # the newest published issue
 *
 * Reads CONTENT_DIR when set, else ./content. Nothing in the content is run.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'

import { getIssue, getLatestIssue } from '@/lib/content'
import { getIssueEmail, getIssueWechat } from '@/lib/publish'

const USAGE = 'usage: npm run export -- email|wechat <date>|latest [--out dir]'

function main(): number {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string', default: 'export' } } })
  const [format, which] = positionals
  if ((format !== 'email' && format !== 'wechat') || !which) {
    console.error(USAGE)
    return 2
  }
  const issue = which === 'latest' ? getLatestIssue() : getIssue(which)
  if (!issue) {
    console.error(`no issue "${which}"`)
    return 1
  }
  const dir = join(values.out, format)
  mkdirSync(dir, { recursive: true })
  const written: string[] = []
  const write = (name: string, data: string) => {
    writeFileSync(join(dir, name), data)
    written.push(join(dir, name))
  }
  if (format === 'email') {
    const { html, text } = getIssueEmail(issue)
    write(`${issue.slug}.html`, html)
    write(`${issue.slug}.txt`, text)
  } else write(`${issue.slug}.html`, getIssueWechat(issue))
  console.log(written.join('\n'))
  return 0
}

process.exitCode = main()
