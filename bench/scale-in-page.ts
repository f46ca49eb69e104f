/**
 * Resolves once React has hydrated the search form, as a reader can only search then: a query submitted earlier would
 * wait for hydration, and the benchmark would time the page load instead. React keeps its props on the element, but
 * sets them while it renders the hydration, in slices, before it commits it; a form submitted in between is submitted
 * by the browser itself (a full load of /search?q=…, seen about once in 50 queries on a loaded machine). So the form's
 * props, then a moment when the page is idle: React has committed by then.
 */
export function waitForHydration(timeoutMs: number): Promise<void> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const check = (): void => {
      const form = document.querySelector('main input[type="search"]')?.closest('form')
      if (form && Object.keys(form).some((key) => key.startsWith('__reactProps'))) requestIdleCallback(() => resolve())
      else if (performance.now() - started > timeoutMs) reject(new Error('the search form was not hydrated'))
      else setTimeout(check, 20)
    }
    check()
  })
}

/** Resolves after the next frame is painted: a task posted from requestAnimationFrame runs once its frame is drawn. */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.addEventListener('message', () => resolve(), { once: true })
      channel.port1.start()
      channel.port2.postMessage(undefined)
    })
  })
}

export interface SearchTiming {
  /** Until the first results are painted (the status line names the query: results, or none found). */
  first: number
  /** Until the whole first page of results is painted (the list no longer busy). */
  page: number
}

/**
 * Runs in the search page under test (bundled by bench/scale.ts): submits a query through the page's own form, as a
 * reader does, and resolves with the milliseconds until its first results, and its first page, are on screen.
 */
export function timeSearch(query: string, timeoutMs: number): Promise<SearchTiming> {
  const input = document.querySelector<HTMLInputElement>('main input[type="search"]')
  const status = document.querySelector('main [aria-live]')
  if (!input?.form || !status) return Promise.reject(new Error('no search form on this page'))
  const form = input.form
  const start = performance.now()
  const when = (ready: () => boolean, what: string): Promise<number> =>
    new Promise((resolve, reject) => {
      const observer = new MutationObserver(() => check())
      const timer = setTimeout(() => {
        observer.disconnect()
        reject(new Error(`${what} for "${query}" not there after ${timeoutMs} ms: "${status.textContent}"`))
      }, timeoutMs)
      const check = (): void => {
        if (!ready()) return
        observer.disconnect()
        clearTimeout(timer)
        void afterNextPaint().then(() => resolve(performance.now() - start))
      }
      observer.observe(status.parentElement ?? status, { childList: true, characterData: true, subtree: true, attributes: true })
      check()
    })
  const first = when(() => status.textContent?.includes(`“${query}”`) ?? false, 'results')
  input.value = query
  form.requestSubmit()
  return first.then(async (firstMs) => ({
    first: firstMs,
    page: await when(() => document.querySelector('main ol[aria-busy="true"]') === null, 'the first page of results'),
  }))
}
