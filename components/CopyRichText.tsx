'use client'

import { useState } from 'react'

export interface CopyRichTextProps {
  /** The plain-text form of the article, for editors that take only text. */
  text: string
  /**
   * The id of the element showing the article: its HTML is what goes on the clipboard (read when the button is
   * pressed, so the page carries the article once), and it is selected and copied when the Clipboard API is missing.
   */
  sourceId: string
  labels: { copy: string; copied: string; failed: string }
}

/**
 * Puts an article on the clipboard as rich HTML (what the WeChat editor keeps when pasted) with a plain-text
 * alternative; where `ClipboardItem` is missing or refused, copies the rendered article by selecting it.
 * The result is announced in a live region, so it is heard as well as seen.
 */
export function CopyRichText({ text, sourceId, labels }: CopyRichTextProps) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle')

  async function copy() {
    try {
      const html = document.getElementById(sourceId)?.innerHTML
      if (!html) throw new Error(`nothing to copy in #${sourceId}`)
      await navigator.clipboard.write([
        new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }) }),
      ])
      setStatus('copied')
    } catch {
      setStatus(copyBySelection(sourceId) ? 'copied' : 'failed')
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        onClick={copy}
        className="rounded-md bg-blue-600 px-4 py-2 text-sm font-medium text-white hover:bg-blue-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600"
      >
        {labels.copy}
      </button>
      <output className="text-sm text-zinc-700 dark:text-zinc-300">
        {status === 'copied' ? labels.copied : status === 'failed' ? labels.failed : ''}
      </output>
    </div>
  )
}

/** The older way: select the rendered article and copy the selection, which browsers put on the clipboard as HTML. */
function copyBySelection(id: string): boolean {
  const source = document.getElementById(id)
  const selection = window.getSelection()
  if (!source || !selection) return false
  const range = document.createRange()
  range.selectNodeContents(source)
  selection.removeAllRanges()
  selection.addRange(range)
  // execCommand is deprecated but remains the only copy that works without the asynchronous Clipboard API.
  const copied = document.execCommand('copy')
  selection.removeAllRanges()
  return copied
}
