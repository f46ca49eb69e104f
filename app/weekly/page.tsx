import type { Metadata } from 'next'

import { ArchiveRecent, archiveMetadata } from '@/components/listing/Archive'

export function generateMetadata(): Metadata {
  return archiveMetadata()
}

export default function ArchivePage() {
  return <ArchiveRecent />
}
