import { getInterface } from '@/lib/i18n'

export interface NoScriptFiltersProps {
  /** Selectors of everything the filters may hide. */
  selectors: string[]
}

/** Without JavaScript the filters cannot work: hide them and show every item, whatever the default filter hid. */
export function NoScriptFilters({ selectors }: NoScriptFiltersProps) {
  const { t } = getInterface()
  return (
    <noscript>
      <style>{`[data-filters]{display:none}${selectors.join(',')}{display:revert!important}`}</style>
      <p className="mb-6 text-sm text-zinc-600 dark:text-zinc-400">{t.noscriptFilters}</p>
    </noscript>
  )
}
