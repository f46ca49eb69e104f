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
