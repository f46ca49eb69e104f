/**
 * Resolves once React has hydrated the search form (it keeps its props on the element), as a reader can only search
 * then: a query submitted earlier would wait for hydration, and the benchmark would time the page load instead.
 */
export function waitForHydration(timeoutMs: number): Promise<void> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const check = (): void => {
      const form = document.querySelector('main input[type="search"]')?.closest('form')
      if (form && Object.keys(form).some((key) => key.startsWith('__reactProps'))) resolve()
      else if (performance.now() - started > timeoutMs) reject(new Error('the search form was not hydrated'))
      else setTimeout(check, 20)
    }
    check()
  })
}

/**
 * Runs in the search page under test (bundled by bench/scale.ts): submits a query through the page's own form, as a
 * reader does, and resolves with the milliseconds until the results are on screen (the status line names the query:
 * results or none found) and the next frame is painted.
 */
export function timeSearch(query: string, timeoutMs: number): Promise<number> {
  const input = document.querySelector<HTMLInputElement>('main input[type="search"]')
  const status = document.querySelector('main [aria-live]')
  if (!input?.form || !status) return Promise.reject(new Error('no search form on this page'))
  const form = input.form
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      observer.disconnect()
      reject(new Error(`no results for "${query}" after ${timeoutMs} ms: "${status.textContent}"`))
    }, timeoutMs)
    const start = performance.now()
    const observer = new MutationObserver(() => {
      if (!status.textContent?.includes(`“${query}”`)) return
      observer.disconnect()
      clearTimeout(timer)
      requestAnimationFrame(() => resolve(performance.now() - start))
    })
    observer.observe(status, { childList: true, characterData: true, subtree: true })
    input.value = query
    form.requestSubmit()
  })
}
