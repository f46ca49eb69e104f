import { getSite } from '@/lib/content'
import { renderSocialImage } from '@/lib/social-image'
import { displayHost } from '@/lib/urls'

// The site's own card, for pages that have none of their own; drawn once at build time.
export const dynamic = 'force-static'

export async function GET(): Promise<Response> {
  const site = getSite()
  return renderSocialImage({ kicker: displayHost(), title: site.name, details: [site.description] })
}
