import type { Metadata } from 'next'

import { GitHubAvatar } from '@/components/GitHubAvatar'
import { Link } from '@/components/Link'
import { ProjectBadge } from '@/components/ProjectBadge'
import { CONTRIBUTOR_ISSUES_SHOWN, getListings, type FeaturedContributor, type Listing, type ListingPage } from '@/lib/content'
import { formatIssueDate, getInterface } from '@/lib/i18n'
import { listingMetadata } from '@/lib/metadata'
import { routes } from '@/lib/urls'

import { ListingFrame } from './ListingFrame'

export interface ContributorListingProps {
  listing: Listing<FeaturedContributor>
  page: ListingPage<FeaturedContributor>
}

/** A page of the people the weekly featured, most often featured first, each with their latest appearances. */
export function ContributorListing({ listing, page }: ContributorListingProps) {
  const { locale, t } = getInterface()
  return (
    <ListingFrame
      title={t.contributors}
      intro={t.contributorsIntro}
      listings={getListings().contributors}
      listing={listing}
      page={page}
      count={t.contributorCount(listing.items.length)}
    >
      <ul className="grid gap-4 sm:grid-cols-2">
        {page.items.map((person) => {
          const earlier = person.issues.length - CONTRIBUTOR_ISSUES_SHOWN
          return (
            <li key={person.login} className="flex gap-3 rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
              <GitHubAvatar login={person.login} size={56} />
              <div className="min-w-0 text-sm">
                <h2 className="text-base font-semibold">
                  <a href={`https://github.com/${person.login}`} className="hover:underline">
                    {person.name ?? person.login}
                  </a>
                </h2>
                <p className="text-zinc-600 dark:text-zinc-400">
                  @{person.login} · {t.featuredTimes(person.issues.length)}
                </p>
                <ul className="mt-2 space-y-1.5">
                  {person.issues.slice(0, CONTRIBUTOR_ISSUES_SHOWN).map((ref) => (
                    <li key={ref.slug}>
                      <Link href={routes.issue(ref.slug)} className="text-sky-700 underline-offset-2 hover:underline dark:text-sky-400">
                        <time dateTime={ref.date}>{formatIssueDate(ref.date, locale)}</time>
                      </Link>
                      {ref.project ? (
                        <>
                          {' '}
                          <ProjectBadge id={ref.project} />
                        </>
                      ) : null}
                      {ref.contribution ? <span className="block text-zinc-700 dark:text-zinc-300">{ref.contribution}</span> : null}
                    </li>
                  ))}
                </ul>
                {earlier > 0 ? <p className="mt-1.5 text-zinc-600 dark:text-zinc-400">{t.earlierAppearances(earlier)}</p> : null}
              </div>
            </li>
          )
        })}
      </ul>
    </ListingFrame>
  )
}

export function contributorListingMetadata({ page }: ContributorListingProps): Metadata {
  const { t } = getInterface()
  return listingMetadata({ path: page.path, title: t.contributors, description: t.contributorsIntro, filters: [], page: page.number })
}
