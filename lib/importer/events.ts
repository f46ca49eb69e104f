import type { Heading, RootContent } from 'mdast'

import { parseEventTime } from '@/lib/blocks/event/time'
import { isSafeUrl } from '@/lib/content/schema'

import { jsxElement, linksIn, plainText, splitLines, warnAt, type ConversionContext, type ConvertedSection } from './nodes'

/** Legacy issues give times in China: `19:00` is 19:00 in Shanghai. */
const OFFSET = '+08:00'

const pad = (value: string | number): string => String(value).padStart(2, '0')

/**
 * A time as the archive writes it after `时间：`, with the issue's date for the year it leaves out:
 * `2020-07-30 19:00-20:00`, `2022 年 6 月 1 日（周三）19:00-20:00`, `7 月 30 日 19:00`, `2020年7月30日`.
 * A day without a time of day is an all-day date.
 */
export function readEventTime(text: string, issueDate: string): { start: string; end?: string } | undefined {
  const full = /(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})\s*日?/.exec(text)
  const short = full ? undefined : /(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(text)
  let year: number
  let month: number
  let day: number
  if (full) {
    ;[year, month, day] = [Number(full[1]), Number(full[2]), Number(full[3])]
  } else if (short) {
    ;[month, day] = [Number(short[1]), Number(short[2])]
    const [issueYear, issueMonth] = issueDate.split('-').map(Number) as [number, number]
    // An event announced in December for January is next year's.
    year = month + 6 < issueMonth ? issueYear + 1 : issueYear
  } else {
    return undefined
  }
  const date = `${year}-${pad(month)}-${pad(day)}`
  const rest = text.slice(((full ?? short)?.index ?? 0) + ((full ?? short)?.[0].length ?? 0))
  const clock = /(\d{1,2})\s*[:：]\s*(\d{2})(?:\s*[-–—~～至到]\s*(\d{1,2})\s*[:：]\s*(\d{2}))?/.exec(rest)
  if (!clock) return parseEventTime(date) ? { start: date } : undefined
  const start = `${date}T${pad(clock[1] ?? '')}:${clock[2]}${OFFSET}`
  const end = clock[3] && clock[4] ? `${date}T${pad(clock[3])}:${clock[4]}${OFFSET}` : undefined
  if (!parseEventTime(start) || (end && !parseEventTime(end))) return undefined
  return { start, end }
}

/** `**本期主题：**《SOFAChannel#18：零门槛的机密计算》`: the event's name, without the book-title marks. */
function themeOf(text: string): string | undefined {
  const match = /(?:本期)?(?:主题|标题|题目)\s*[:：]\s*(.+)/.exec(text)
  return match?.[1]?.replace(/^[《「“"]+|[》」”"]+$/g, '').trim() || undefined
}

function labelled(text: string, labels: RegExp): string | undefined {
  const match = new RegExp(String.raw`(?:${labels.source})\s*[:：]\s*(.+)`).exec(text)
  return match?.[1]?.trim() || undefined
}

/**
 * Turns an event section (`社区直播报名`, `社区活动预告`, `SOFA 活动推荐`) into one `<Event>`: its time from the line
 * that gives it (`直播时间：2020-07-30 19:00-20:00`, in China's time zone), its title from `本期主题：…` (else the
 * section's heading), where from `地点：` or `直播地址：`, the registration or stream link from `报名`, and the first
 * image as its poster; the section's text is the event's description, whole. A section whose time cannot be read
 * stays Markdown, with a warning; a day without a time of day is an all-day event, with a warning.
 */
export function convertEventSection(
  heading: Heading | undefined,
  nodes: RootContent[],
  issueDate: string,
  context: ConversionContext,
): ConvertedSection {
  // Line by line: one paragraph, or one list, often holds the theme, the time, the guest and the link, a line each.
  const lines = nodes.map((node) =>
    node.type === 'paragraph' ? splitLines(node).map((line) => plainText(line)) : node.type === 'list' ? node.children.map((item) => plainText(item)) : [],
  )
  const allLines = lines.flat()
  const timeAt = lines.findIndex((nodeLines) => nodeLines.some((line) => /时间\s*[:：]/.test(line)))
  const timeLine = lines[timeAt]?.find((line) => /时间\s*[:：]/.test(line))
  const timeText = timeLine === undefined ? undefined : labelled(timeLine, /(?:直播|活动|会议|分享)?时间/)
  const time = timeText === undefined ? undefined : readEventTime(timeText, issueDate)
  const heads = heading ? plainText(heading) : 'event'
  if (!time) {
    warnAt(
      context,
      nodes[timeAt] ?? heading,
      timeText === undefined ? `event section "${heads}" gives no time (时间：…); kept as text` : `event time "${timeText}" could not be read; kept as text`,
    )
    return { nodes, count: 0 }
  }
  if (!time.start.includes('T')) warnAt(context, nodes[timeAt], `event time "${timeText}" gives no time of day; imported as an all-day event`)
  if (allLines.filter((line) => /时间\s*[:：]/.test(line)).length > 1) {
    warnAt(context, nodes[timeAt], `event section "${heads}" gives more than one time; the first is the event's, the others stay in its description`)
  }

  const title = allLines.map(themeOf).find(Boolean) ?? heads
  const location = allLines.map((line) => labelled(line, /(?:活动|会议)?地点|直播(?:地址|间|平台)/)).find(Boolean)
  const phrasingLines = nodes.flatMap((node) =>
    node.type === 'paragraph'
      ? splitLines(node)
      : node.type === 'list'
        ? node.children.flatMap((item) => item.children.flatMap((child) => (child.type === 'paragraph' ? splitLines(child) : [])))
        : [],
  )
  const links = phrasingLines.flatMap((line) => linksIn(line).map((link) => ({ link, text: plainText(line) })))
  const join = links.find(({ link, text }) => /报名|观看|直播/.test(text) && /^https:\/\//i.test(link.url) && isSafeUrl(link.url))?.link.url
  const posterAt = nodes.findIndex((node) => node.type === 'paragraph' && node.children.length === 1 && node.children[0]?.type === 'image')
  const posterNode = nodes[posterAt]
  const poster = posterNode?.type === 'paragraph' && posterNode.children[0]?.type === 'image' && /^https:\/\//i.test(posterNode.children[0].url) ? posterNode.children[0].url : undefined
  const description = poster ? nodes.filter((_, i) => i !== posterAt) : nodes
  return {
    nodes: [
      jsxElement(
        'Event',
        { title: title.slice(0, 200), start: time.start, end: time.end, location: location && location.length <= 200 ? location : undefined, href: join, poster },
        description,
      ),
    ],
    count: 1,
  }
}
