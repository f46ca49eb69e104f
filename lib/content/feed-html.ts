import type { Element, ElementContent, Properties, Root as HastRoot } from 'hast'
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx'
import { sanitize, type Schema as SanitizeSchema } from 'hast-util-sanitize'
import { toHtml } from 'hast-util-to-html'
import { toHast, type State } from 'mdast-util-to-hast'
import { visit } from 'unist-util-visit'

import type { Dictionary } from '@/lib/i18n'
import { absoluteUrl, paths } from '@/lib/urls'

import type { Issue } from './issue'
import { ALLOWED_HTML, componentSpecs, DIFFICULTIES, type ComponentName, type ComponentProps, type Difficulty, type Project } from './schema'

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement

export interface IssueHtmlOptions {
  /** The site's public address with its base path (`getSiteUrl()`): site-relative links become absolute against it. */
  siteUrl: string
  projects: readonly Project[]
  /** Interface words around the content (asked, answer, difficulty), in the site's language. */
  t: Dictionary
}

/**
 * What feed HTML may contain once rendered: plain semantic elements with links and images, nothing else. The content
 * layer already refuses raw HTML, scripts and unsafe links; this is the second fence, because feed readers show the
 * HTML on other sites, outside this site's control.
 */
const FEED_HTML_SCHEMA: SanitizeSchema = {
  tagNames: [
    'p', 'a', 'img', 'figure', 'figcaption', 'blockquote', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
    'strong', 'em', 'del', 'code', 'pre', 'hr', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'section',
    ...ALLOWED_HTML,
  ],
  attributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    ol: ['start'],
    th: ['align'],
    td: ['align'],
  },
  protocols: { href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
  strip: ['script', 'style'],
  clobber: [],
}

/**
 * An issue's body as standalone HTML for feeds: Markdown as usual, and each weekly component as simple semantic HTML
 * a feed reader can show without the site's styles (the banner as a figure, a Q&A as the question quoted and its
 * answers, the task board as lists by difficulty, the reading list as links). Every link and image is absolute.
 * Nothing from the content runs: the MDX is only parsed, and its components are rendered from their validated props.
 */
export function renderIssueHtml(issue: Issue, { siteUrl, projects, t }: IssueHtmlOptions): string {
  const pageUrl = absoluteUrl(paths.issue(issue.slug), siteUrl)
  const projectName = (id: string): string => projects.find((project) => project.id === id)?.name ?? id
  const projectLink = (id: string): Element => link(absoluteUrl(paths.project(id), siteUrl), projectName(id))

  const components: Partial<Record<ComponentName, (node: JsxElement, state: State) => ElementContent[]>> = {
    Contributors(node) {
      const { banner, alt, width, height } = propsOf(node, 'Contributors')
      const people = childElements(node, 'Contributor').map((child) => propsOf(child, 'Contributor'))
      return [
        ...(banner ? [element('figure', {}, [element('img', { src: banner, alt: alt ?? '', width, height })])] : []),
        ...(people.length > 0
          ? [
              element(
                'ul',
                {},
                people.map(({ login, name, project, contribution }) =>
                  element('li', {}, [
                    link(`https://github.com/${login}`, name ?? login),
                    ...(name ? [text(` (@${login})`)] : []),
                    ...(project ? [text(' · '), projectLink(project)] : []),
                    ...(contribution ? [text(` · ${contribution}`)] : []),
                  ]),
                ),
              ),
            ]
          : []),
      ]
    },
    QA(node, state) {
      const { asker, project } = propsOf(node, 'QA')
      const question = childElements(node, 'Question')[0]
      const asked = element('p', {}, [
        element('strong', {}, [text(`@${asker}`)]),
        text(` ${t.asked}`),
        ...(project ? [text(' · '), projectLink(project)] : []),
      ])
      const result: ElementContent[] = [element('blockquote', {}, [asked, ...(question ? state.all(question) : [])])]
      for (const answer of childElements(node, 'Answer')) {
        const { by } = propsOf(answer, 'Answer')
        const body = state.all(answer)
        const lead = element('strong', {}, [text(t.answerLead)])
        // The label opens the answer's first paragraph, as on the page; an answer that starts with a list gets its own.
        const first = body[0]
        if (first?.type === 'element' && first.tagName === 'p') first.children.unshift(lead)
        else result.push(element('p', {}, [lead]))
        result.push(...body)
        if (by) result.push(element('p', {}, [element('em', {}, [text(t.answerBy(by))])]))
      }
      for (const qaLink of childElements(node, 'QALink')) {
        const { href, label } = propsOf(qaLink, 'QALink')
        result.push(element('p', {}, [...(label ? [text(t.linkLabel(label))] : []), link(href, href)]))
      }
      return result
    },
    TaskBoard(node) {
      const tasks = childElements(node, 'Task').map((child) => propsOf(child, 'Task'))
      const groups: (Difficulty | undefined)[] = [...DIFFICULTIES, undefined]
      return groups.flatMap((difficulty) => {
        const members = tasks.filter((task) => task.difficulty === difficulty)
        if (members.length === 0) return []
        return [
          element('h3', {}, [text(difficulty ? t.difficulty[difficulty] : t.unrated)]),
          element(
            'ul',
            {},
            members.map(({ title, href, project, status }) =>
              element('li', {}, [
                link(href, title),
                text(' · '),
                projectLink(project),
                ...(status === 'open' ? [] : [text(` · ${t.status[status]}`)]),
              ]),
            ),
          ),
        ]
      })
    },
    ReadingList(node) {
      const items = childElements(node, 'Reading').map((child) => propsOf(child, 'Reading'))
      return [
        element(
          'ul',
          {},
          items.map(({ title, href, source }) => element('li', {}, [link(href, title), ...(source ? [text(` · ${source}`)] : [])])),
        ),
      ]
    },
  }

  const jsx = (state: State, node: JsxElement): ElementContent[] => {
    const name = node.name ?? ''
    if (ALLOWED_HTML.has(name)) return [element(name, {}, state.all(node))]
    const render = Object.hasOwn(components, name) ? components[name as ComponentName] : undefined
    return render ? render(node, state) : []
  }
  // The issue's validated tree, as the page renders it; only the components' HTML differs.
  const hast = toHast(issue.tree, {
    handlers: {
      mdxJsxFlowElement: jsx,
      mdxJsxTextElement: jsx,
      // Comments are the only expressions the validator lets through; ESM never gets this far.
      mdxFlowExpression: nothing,
      mdxTextExpression: nothing,
      mdxjsEsm: nothing,
    },
  }) as HastRoot
  makeUrlsAbsolute(hast, { siteUrl, pageUrl })
  return toHtml(sanitize(hast, FEED_HTML_SCHEMA)).trim()
}

function nothing(): undefined {
  return undefined
}

/** Makes site-relative links and images absolute, and in-page anchors (`#qa-1`) point into the issue's page. */
function makeUrlsAbsolute(tree: HastRoot, { siteUrl, pageUrl }: { siteUrl: string; pageUrl: string }): void {
  visit(tree, 'element', (node: Element) => {
    for (const key of ['href', 'src'] as const) {
      const value = node.properties[key]
      if (typeof value !== 'string') continue
      if (value.startsWith('#')) node.properties[key] = `${pageUrl}${value}`
      else if (value.startsWith('/') && !value.startsWith('//')) node.properties[key] = absoluteUrl(value, siteUrl)
    }
  })
}

/** A component's props; the content layer validated them when it loaded the issue, so this only reads them. */
function propsOf<Name extends ComponentName>(node: JsxElement, name: Name): ComponentProps<Name> {
  const raw = Object.fromEntries(
    node.attributes.flatMap((a) => (a.type === 'mdxJsxAttribute' && typeof a.value === 'string' ? [[a.name, a.value]] : [])),
  )
  return componentSpecs[name].props.parse(raw) as ComponentProps<Name>
}

function childElements(node: JsxElement, name: ComponentName): JsxElement[] {
  return node.children.filter(
    (child): child is JsxElement => (child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') && child.name === name,
  )
}

function element(tagName: string, properties: Properties, children: ElementContent[] = []): Element {
  return { type: 'element', tagName, properties, children }
}

function text(value: string): ElementContent {
  return { type: 'text', value }
}

function link(href: string, label: string): Element {
  return element('a', { href }, [text(label)])
}
