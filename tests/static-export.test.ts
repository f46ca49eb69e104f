import fs from 'node:fs'
import path from 'node:path'

import { chromium, type Browser, type Page } from '@playwright/test'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { chromiumLaunchOptions } from '@/e2e/browser'
import { makeContentDir } from '@/lib/content/__tests__/helpers'
import { freePort, serveExport, type ServedExport } from '@/scripts/serve-export'

import { copyProject, run } from './project-copy'

const BASE_PATH = '/community'
const ORIGIN = 'https://fixture.example.org'

/** Every way content can point at this site: Markdown links and images, and each component prop that takes a URL. */
const SITE_LINKS = `---
title: Fixture Weekly 3
date: 2024-01-19
tags: [示例]
---

Back to the [archive](/weekly), or the [first question](/weekly/2024-01-05#qa-1).

![A picture on this site](/images/2022-05-27-wechat.png)

<Contributors banner="/images/2022-05-27-contributors.png" alt="Contributors of the week">
  <Contributor login="octocat" name="Octo Cat" project="alpha" contribution="Fixed the build" />
</Contributors>

<QA asker="reader" project="alpha">
  <Question>
    Where are the tasks?
  </Question>
  <Answer>
    On the [task board](/tasks).
  </Answer>
  <QALink label="Tasks" href="/tasks" />
</QA>

<TaskBoard>
  <Task project="alpha" difficulty="easy" title="Read the project page" href="/projects/alpha" />
</TaskBoard>

<ReadingList>
  <Reading title="Our own archive" href="/weekly" />
</ReadingList>
`

interface UrlAttribute {
  file: string
  element: string
  attribute: string
  value: string
}

/** Every URL-valued attribute of an HTML document, as the browser parses it. */
function urlAttributes(page: Page, file: string, html: string): Promise<UrlAttribute[]> {
  return page.evaluate(
    ({ file: name, html: source }) => {
      const document = new DOMParser().parseFromString(source, 'text/html')
      const found: UrlAttribute[] = []
      for (const element of document.querySelectorAll('*')) {
        for (const attribute of ['href', 'src', 'action', 'formaction', 'poster', 'srcset', 'content']) {
          const value = element.getAttribute(attribute)
          if (value === null) continue
          // <meta content> holds text as well as URLs; only URLs on this site matter.
          if (attribute === 'content' && !/^(https?:)?\//.test(value)) continue
          for (const url of attribute === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value]) {
            found.push({ file: name, element: element.tagName.toLowerCase(), attribute, value: url })
          }
        }
      }
      return found
    },
    { file, html },
  )
}

function htmlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .toSorted()
}

describe(`the static export built with BASE_PATH=${BASE_PATH}`, { timeout: 600_000 }, () => {
  const project = copyProject()
  const content = makeContentDir({ '2024-01-19.mdx': SITE_LINKS })
  const out = path.join(project, 'out')
  let browser: Browser

  beforeAll(async () => {
    browser = await chromium.launch(chromiumLaunchOptions)
  })
  afterAll(async () => {
    await browser?.close()
    for (const dir of [project, content]) fs.rmSync(dir, { recursive: true, force: true })
  })

  it('writes every page, the 404 page, the search index and the Chinese tag page into out/', () => {
    const started = Date.now()
    const { status, output } = run('npx', ['next', 'build'], project, {
      CONTENT_DIR: content,
      NEXT_OUTPUT: 'export',
      BASE_PATH,
      SITE_URL: ORIGIN,
    })
    expect({ status, tail: status === 0 ? '' : output.slice(-3000) }).toEqual({ status: 0, tail: '' })
    console.log(`next build of the static export: ${((Date.now() - started) / 1000).toFixed(1)} s`)
    for (const file of ['index.html', '404.html', 'weekly.html', 'weekly/2024-01-19.html', 'tasks.html', 'qa.html', 'search.html', 'search-index.json', 'tags/示例.html']) {
      expect({ file, exists: fs.existsSync(path.join(out, file)) }).toEqual({ file, exists: true })
    }
  })

  it(`prefixes every site-relative URL in every page with ${BASE_PATH}/, and every absolute one on the site`, async () => {
    const page = await browser.newPage()
    const urls = (await Promise.all(htmlFiles(out).map((file) => urlAttributes(page, file, fs.readFileSync(path.join(out, file), 'utf8'))))).flat()
    await page.close()

    const outside = urls.filter(({ value }) => {
      if (value.startsWith(ORIGIN)) return !(value === `${ORIGIN}${BASE_PATH}` || value.startsWith(`${ORIGIN}${BASE_PATH}/`))
      const siteRelative = value.startsWith('/') && !value.startsWith('//')
      return siteRelative && !(value === BASE_PATH || value.startsWith(`${BASE_PATH}/`))
    })
    expect(outside).toEqual([])

    // The links above are really there, so the check covered them.
    const issue = new Set(urls.filter(({ file }) => file === 'weekly/2024-01-19.html').map(({ value }) => value))
    for (const url of [
      `${BASE_PATH}/weekly`,
      `${BASE_PATH}/weekly/2024-01-05#qa-1`,
      `${BASE_PATH}/images/2022-05-27-wechat.png`,
      `${BASE_PATH}/images/2022-05-27-contributors.png`,
      `${BASE_PATH}/tasks`,
      `${BASE_PATH}/projects/alpha`,
      `${BASE_PATH}/search`,
      `${ORIGIN}${BASE_PATH}/weekly/2024-01-19`,
    ]) {
      expect({ url, found: issue.has(url) }).toEqual({ url, found: true })
    }
    // The optimised sizes in the images' srcset are under the base path too.
    expect([...issue].filter((url) => url.startsWith(`${BASE_PATH}/images/sizes/`)).length).toBeGreaterThan(0)
  })

  describe('served from plain files', () => {
    let served: ServedExport
    let page: Page
    beforeAll(async () => {
      served = await serveExport({ dir: out, port: await freePort(), basePath: BASE_PATH })
      console.log(`static export served by ${served.server}`)
      page = await browser.newPage()
    })
    afterAll(async () => {
      await page?.close()
      await served?.close()
    })

    it('searches from the header, under the base path', async () => {
      await page.goto(`${served.url}weekly`)
      const box = page.getByRole('searchbox', { name: 'Search' })
      await box.fill('parser')
      await box.press('Enter')
      await page.waitForURL(`${served.url}search?q=parser`)
      const result = page.getByRole('main').getByRole('link', { name: 'Rewrite the parser' })
      await result.waitFor()
      expect(await result.getAttribute('href')).toMatch(new RegExp(`^${BASE_PATH}/tasks#task-`))
      await result.click()
      await page.waitForURL(new RegExp(`^${served.url}tasks#task-`))
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Newcomer tasks')
    })

    it('follows a link written in content to its page under the base path', async () => {
      await page.goto(`${served.url}weekly/2024-01-19`)
      await page.getByRole('link', { name: 'archive', exact: true }).click()
      await page.waitForURL(`${served.url}weekly`)
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Archive')
    })

    it('answers an unknown address with the site’s 404 page', async () => {
      const response = await page.goto(`${served.url}no-such-page`)
      expect(response?.status()).toBe(404)
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found')
    })
  })
})
