import { serializeJsonLd } from '@/lib/metadata'

export interface JsonLdProps {
  data: Record<string, unknown>
}

/**
 * Structured data for search engines. A script's text cannot go through React's escaping (entities are not decoded
 * inside `<script>`), so it is written raw, after `serializeJsonLd` made sure nothing in it can close the element.
 */
export function JsonLd({ data }: JsonLdProps) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
