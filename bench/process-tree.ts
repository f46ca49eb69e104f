import { spawn } from 'node:child_process'
import fs from 'node:fs'

/**
 * Runs a command and measures it as a whole: wall time, and the peak of the resident memory of it and every process
 * it starts (next build runs its compiler and page workers as child processes), sampled from /proc. On a system
 * without /proc the peak is reported as 0.
 */

export interface CommandRun {
  status: number | null
  seconds: number
  /** Highest sum of the resident set sizes of the process tree, in bytes. */
  peakRss: number
  output: string
}

const PAGE_SIZE = 4096

/** Every process's parent, from /proc/<pid>/stat (the field after the parenthesised command name). */
function parents(): Map<number, number> {
  const map = new Map<number, number>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      map.set(Number(entry), ppid)
    } catch {
      // The process ended between listing and reading: it has no memory to count.
    }
  }
  return map
}

function treeRss(root: number): number {
  const parentOf = parents()
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid; p !== undefined && p > 1; p = parentOf.get(p)) if (p === root) return true
    return false
  }
  let pages = 0
  for (const pid of parentOf.keys()) {
    if (!inTree(pid)) continue
    try {
      pages += Number(fs.readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1])
    } catch {
      // Ended meanwhile.
    }
  }
  return pages * PAGE_SIZE
}

export function runMeasured(command: string, args: string[], cwd: string, env: Record<string, string>): Promise<CommandRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(command, args, { cwd, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    const chunks: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk))
    let peakRss = 0
    const hasProc = fs.existsSync('/proc/self/statm')
    const sample = (): void => {
      if (hasProc && child.pid) peakRss = Math.max(peakRss, treeRss(child.pid))
    }
    const timer = setInterval(sample, 250)
    child.once('error', (error) => {
      clearInterval(timer)
      reject(error)
    })
    child.once('close', (status) => {
      clearInterval(timer)
      resolve({ status, seconds: (performance.now() - started) / 1000, peakRss, output: Buffer.concat(chunks).toString('utf8') })
    })
  })
}
