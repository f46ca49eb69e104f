import { describe, expect, it } from 'vitest'

import { collectEvents, collectReleases, splitEvents, type EventItem } from '@/lib/content/aggregate'
import { parseIssueFile, type Issue } from '@/lib/content/issue'
import { formatProblem, ProblemList } from '@/lib/content/problems'
import { collectSearchDocuments } from '@/lib/content/search-documents'
import { formatIssueDate } from '@/lib/dates'
import { renderCalendar } from '@/lib/feed/calendar'
import { renderIssueHtml } from '@/lib/feed/issue-html'
import { getDictionary } from '@/lib/i18n'

import { formatEventTime, offsetLabel, parseEventTime } from '../event/time'
import { VERSION } from '../release/spec'

const PROJECTS = [
  { id: 'alpha', name: 'Alpha', repo: 'https://github.com/example/alpha', description: 'A.' },
  { id: 'beta', name: 'Beta', repo: 'https://github.com/example/beta', description: 'B.' },
]

/** An issue of this body on this day, parsed and validated as the content layer does; throws on any error. */
function issueOf(body: string, date = '2024-01-05'): Issue {
  const problems = new ProblemList(`${date}.mdx`)
  const issue = parseIssueFile(`---\ntitle: Issue ${date}\ndate: ${date}\n---\n\n${body}`, `${date}.mdx`, problems, {
    projectIds: new Set(PROJECTS.map((project) => project.id)),
  })
  const errors = problems.items.filter((problem) => problem.severity === 'error')
  if (!issue || errors.length > 0) throw new Error(errors.map(formatProblem).join('\n'))
  return issue
}

const RELEASE = `<Release project="alpha" version="v5.4.2" href="https://github.com/example/alpha/releases/tag/v5.4.2">
- Faster pushes
- A fix for \`null\` sessions
</Release>`

const EVENT = `<Event title="Alpha live: pushes" start="2024-01-12T19:00+08:00" end="2024-01-12T20:30+08:00" location="Bilibili" href="https://live.example.org/1">
What is new in **Alpha**.
</Event>`

describe('versions', () => {
  it.each(['v5.4.2', '1.0', '6', 'v6.0.0-alpha.1', '2.3.1.Final', '1.2.3+build.5', 'V1.2'])('accepts %s', (version) => {
    expect(VERSION.test(version)).toBe(true)
  })
  it.each(['latest', 'v', '1..2', 'v1.2.3.4.5', '1.0 beta', '-1.0', '1.0-', '<b>1</b>'])('refuses %s', (version) => {
    expect(VERSION.test(version)).toBe(false)
  })
})

const format = (date: string) => formatIssueDate(date, 'en')
const at = (value: string) => parseEventTime(value)!

describe('event times', () => {
  it('reads a moment with its offset, and a whole day', () => {
    expect(parseEventTime('2024-01-12T19:00+08:00')).toMatchObject({ kind: 'moment', hour: '19', minute: '00', offset: '+08:00', epoch: Date.UTC(2024, 0, 12, 11) })
    expect(parseEventTime('2024-01-12T19:00:30Z')).toMatchObject({ kind: 'moment', offset: '+00:00', epoch: Date.UTC(2024, 0, 12, 19, 0, 30) })
    expect(parseEventTime('2024-01-12')).toMatchObject({ kind: 'day', epoch: Date.UTC(2024, 0, 12) })
  })

  it.each(['2024-01-12T19:00', '2024-01-12 19:00+08:00', '2024-02-30T19:00+08:00', '2024-01-12T24:00+08:00', '2024-01-12T19:00+15:00', 'tomorrow', ''])(
    'refuses %j',
    (value) => {
      expect(parseEventTime(value)).toBeUndefined()
    },
  )

  it('says when in the event’s own time zone', () => {
    expect(formatEventTime(at('2024-01-12T19:00+08:00'), at('2024-01-12T20:30+08:00'), format)).toBe('January 12, 2024 19:00–20:30 (UTC+8)')
    expect(formatEventTime(at('2024-01-12T23:00+08:00'), at('2024-01-13T01:00+08:00'), format)).toBe('January 12, 2024 23:00 – January 13, 2024 01:00 (UTC+8)')
    expect(formatEventTime(at('2024-01-12'), at('2024-01-13'), format)).toBe('January 12, 2024 – January 13, 2024')
    expect(formatEventTime(at('2024-01-12'), undefined, format)).toBe('January 12, 2024')
    expect(offsetLabel('-05:30')).toBe('UTC-5:30')
    expect(offsetLabel('+00:00')).toBe('UTC')
  })
})

describe('extraction and aggregates', () => {
  it('extracts a release with its changes, the issue’s day standing for a missing date', () => {
    const issue = issueOf(RELEASE)
    expect(issue.releases).toHaveLength(1)
    expect(issue.releases[0]).toMatchObject({ id: 'release-1', project: 'alpha', version: 'v5.4.2', date: undefined })
    expect(issue.releases[0]?.changes.text).toBe('Faster pushes\nA fix for null sessions')
    const [item] = collectReleases([issue])
    expect(item).toMatchObject({ date: '2024-01-05', anchor: '2024-01-05-release-1', issue: { slug: '2024-01-05' } })
  })

  it('lists releases newest first, a release announced again once, where it was first announced', () => {
    const first = issueOf(`${RELEASE}\n\n<Release project="beta" version="1.0" date="2023-12-20">\n- First\n</Release>`, '2024-01-05')
    const again = issueOf(RELEASE.replace('v5.4.2"', '5.4.2"'), '2024-01-12')
    const newer = issueOf('<Release project="alpha" version="v5.5.0">\n- More\n</Release>', '2024-02-02')
    const releases = collectReleases([newer, again, first])
    expect(releases.map((release) => `${release.project} ${release.version} ${release.date} ${release.issue.slug}`)).toEqual([
      'alpha v5.5.0 2024-02-02 2024-02-02',
      'alpha v5.4.2 2024-01-05 2024-01-05',
      'beta 1.0 2023-12-20 2024-01-05',
    ])
  })

  it('orders events soonest first and splits them into upcoming and past at a moment', () => {
    const issue = issueOf(`${EVENT}\n\n<Event title="Meetup" start="2024-02-01" />\n\n<Event title="Old" start="2023-12-01T10:00Z" />`)
    const reminder = issueOf(EVENT, '2024-01-12')
    const events = collectEvents([reminder, issue])
    expect(events.map((event) => event.title)).toEqual(['Old', 'Alpha live: pushes', 'Meetup'])
    expect(events[1]).toMatchObject({ anchor: '2024-01-05-event-1', issue: { slug: '2024-01-05' } })
    // During the live stream it is still upcoming; a whole-day event lasts until its day is over.
    const during = splitEvents(events, Date.UTC(2024, 0, 12, 12))
    expect(during.upcoming.map((event) => event.title)).toEqual(['Alpha live: pushes', 'Meetup'])
    const lastDay = splitEvents(events, Date.UTC(2024, 1, 1, 23))
    expect(lastDay.upcoming.map((event) => event.title)).toEqual(['Meetup'])
    expect(lastDay.past.map((event) => event.title)).toEqual(['Alpha live: pushes', 'Old'])
  })

  it('puts releases and events in the search index, linking to where they are read', () => {
    const issue = issueOf(`${RELEASE}\n\n${EVENT}`)
    const documents = collectSearchDocuments([issue], [], [], PROJECTS, undefined, collectReleases([issue]), collectEvents([issue]))
    expect(documents.find((d) => d.kind === 'release')).toMatchObject({ title: 'Alpha v5.4.2', url: '/weekly/2024-01-05#release-1' })
    expect(documents.find((d) => d.kind === 'event')).toMatchObject({ title: 'Alpha live: pushes', date: '2024-01-12', url: '/events#2024-01-05-event-1' })
  })
})

describe('feed HTML', () => {
  it('renders a release and an event as plain HTML with absolute links, their text escaped', () => {
    const issue = issueOf(`${RELEASE}\n\n${EVENT.replace('Alpha live: pushes', 'Live &lt;script&gt;alert(1)&lt;/script&gt; &quot;x&quot;')}`)
    const html = renderIssueHtml(issue, { siteUrl: 'https://example.org', projects: PROJECTS, t: getDictionary('en') })
    expect(html).toContain('<strong><a href="https://example.org/projects/alpha">Alpha</a> v5.4.2</strong>')
    expect(html).toContain('<a href="https://github.com/example/alpha/releases/tag/v5.4.2">Release notes</a>')
    expect(html).toContain('<li>Faster pushes</li>')
    expect(html).toContain('<li>When: 2024-01-12T19:00+08:00 – 2024-01-12T20:30+08:00</li>')
    expect(html).toContain('<a href="https://live.example.org/1">Register or watch</a>')
    expect(html).not.toContain('<script')
    expect(html).toContain('&#x3C;script>')
  })
})

describe('iCalendar', () => {
  const options = { name: 'Weekly; of, all', host: 'weekly.example.org', eventUrl: (event: EventItem) => `https://weekly.example.org/events#${event.anchor}` }
  const calendarOf = (body: string) => renderCalendar(collectEvents([issueOf(body)]), options)

  it('writes an event in UTC with its UID, stamp, place and links, every line ended by CRLF', () => {
    const ics = calendarOf(EVENT)
    expect(ics.endsWith('\r\n')).toBe(true)
    expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/)
    const lines = ics.split('\r\n')
    expect(lines).toEqual(
      expect.arrayContaining([
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'UID:2024-01-05-event-1@weekly.example.org',
        'DTSTAMP:20240105T000000Z',
        'DTSTART:20240112T110000Z',
        'DTEND:20240112T123000Z',
        'SUMMARY:Alpha live: pushes',
        'LOCATION:Bilibili',
        'URL:https://live.example.org/1',
        'END:VCALENDAR',
      ]),
    )
  })

  it('writes a whole-day event as dates, ending the next day', () => {
    const lines = calendarOf('<Event title="Meetup" start="2024-02-01" />').split('\r\n')
    expect(lines).toContain('DTSTART;VALUE=DATE:20240201')
    expect(lines).toContain('DTEND;VALUE=DATE:20240202')
  })

  it('keeps hostile text inside its property: no line break, no new property, special characters escaped', () => {
    const hostile = 'Live&#13;&#10;ATTENDEE:mailto:evil@example.org&#13;BEGIN:VALARM; a, b\\\\c'
    const ics = calendarOf(`<Event title="${hostile}" start="2024-01-12T19:00+08:00" location="Room&#13;&#10;DTSTART:19700101T000000Z">\nText&#13;ORGANIZER:x\n</Event>`)
    const unfolded = ics.replace(/\r\n[ \t]/g, '')
    const names = unfolded.split('\r\n').filter(Boolean).map((line) => line.split(/[:;]/)[0])
    expect(names.filter((name) => name === 'ATTENDEE' || name === 'ORGANIZER')).toEqual([])
    expect(names.filter((name) => name === 'BEGIN')).toEqual(['BEGIN', 'BEGIN'])
    expect(names.filter((name) => name === 'DTSTART')).toEqual(['DTSTART'])
    expect(unfolded).toContain('SUMMARY:Live ATTENDEE:mailto:evil@example.org BEGIN:VALARM\\; a\\, b\\\\\\\\c')
  })

  it('folds long lines at 75 octets, never inside a character', () => {
    const long = '长'.repeat(100)
    const ics = calendarOf(`<Event title="${long}" start="2024-01-12">\n${'描述'.repeat(200)}\n</Event>`)
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
    expect(ics.replace(/\r\n[ \t]/g, '')).toContain(`SUMMARY:${long}`)
  })

  it('is a valid, empty calendar when there are no events', () => {
    const lines = renderCalendar([], options).split('\r\n')
    expect(lines).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'PRODID:community-weekly', 'METHOD:PUBLISH', 'X-WR-CALNAME:Weekly\\; of\\, all', 'END:VCALENDAR', ''])
  })
})
