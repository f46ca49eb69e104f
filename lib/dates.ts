/**
 * One formatter per locale: creating an Intl.DateTimeFormat costs milliseconds (tens of them on a slow phone, per
 * date), and a list page or the search results format dozens of dates.
 */
const formatters = new Map<string, Intl.DateTimeFormat>()

/** `2022-05-27` as readers of the locale write dates; computed in UTC so builds are reproducible anywhere. */
export function formatIssueDate(date: string, locale: string): string {
  let formatter = formatters.get(locale)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })
    formatters.set(locale, formatter)
  }
  return formatter.format(new Date(`${date}T00:00:00Z`))
}

/** Something dated by an issue: the issue itself, a document of the search index, a release. */
interface Dated {
  date: string
  slug?: string
}

/**
 * Issues (or anything with an ISO `date`) newest first; two of one day by their names, so the order never depends on
 * the order files were read in. `toSorted(newestFirst)`.
 */
export function newestFirst(a: Dated, b: Dated): number {
  return b.date.localeCompare(a.date) || (b.slug ?? '').localeCompare(a.slug ?? '')
}

/** The reverse of `newestFirst`: oldest first, for what is counted from the first announcement on. */
export function oldestFirst(a: Dated, b: Dated): number {
  return -newestFirst(a, b)
}

/**
 * The moment a build happens, which decides which events are upcoming: `SOURCE_DATE_EPOCH` (seconds) when set, for
 * reproducible builds and tests, else the clock. Pages are static, so they say what was upcoming when they were built;
 * the daily sync workflow rebuilds the site.
 */
export function buildTime(): number {
  const epoch = process.env.SOURCE_DATE_EPOCH
  return epoch && /^\d+$/.test(epoch) ? Number(epoch) * 1000 : Date.now()
}
