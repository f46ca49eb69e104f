/** `2022-05-27` as readers of the locale write dates; computed in UTC so builds are reproducible anywhere. */
export function formatIssueDate(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  )
}
