/**
 * Writes a synthetic content folder of N weekly issues, for load tests and benchmarks.
 * Usage: npm run generate:issues -- <dir> [count=200] [--seed 1] [--profile scripts/corpus-profile.json]
 *        npm run generate:issues -- --measure <imported content dir> [--out scripts/corpus-profile.json]
 *
 * Each issue takes the shape of a real one, drawn from a profile measured on the imported SOFA Weekly archive
 * (scripts/corpus-profile.ts): its prose paragraphs, release notes, Q&As with their answers and code blocks, tasks,
 * reading list and contributors, each length varied by up to ±30 %. The words come from a fixed vocabulary with
 * Zipf-distributed frequencies, Chinese and Latin in the issue's measured proportion, so the search index grows
 * with the archive as a real one does (a few words everywhere, a long tail of rare ones).
 *
 * Tasks come from a pool and are re-announced in up to three consecutive issues with a task board (as real weeklies
 * do), some with a changed status, so the task board has to de-duplicate. Deterministic: the same count, seed and
 * profile give the same files.
 */
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

import { measureCorpusProfile, readCorpusProfile, DEFAULT_PROFILE_FILE, type CorpusProfile, type IssueShape } from './corpus-profile'

const PROJECTS = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'] as const
const DIFFICULTIES = ['easy', 'medium', 'hard'] as const
/** Each pool task is announced in at most this many issues. */
export const ANNOUNCEMENTS_PER_TASK = 3

export interface GeneratedContent {
  dir: string
  issues: number
  /** Titles of the distinct tasks, each of which the board must list once. */
  taskTitles: string[]
}

export interface GenerateOptions {
  seed?: number
  profile?: CorpusProfile
}

/** mulberry32: a small, fast, seedable generator; Math.random cannot be seeded. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Common characters of Chinese technical writing, from which the long tail of words is made. */
const HAN =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞'

/** Words real issues use over and over: the head of the distribution, so searches for them find many issues. */
const COMMON_ZH = ['注册中心', '服务', '分布式', '事务', '配置', '社区', '版本', '发布', '问题', '支持', '使用', '可以', '我们', '一个', '这个', '没有', '数据', '通过', '如果', '中心', '注册', '框架', '单元测试', '新手任务', '云原生', '链路追踪', '消息队列', '限流', '熔断', '网关', '集群', '部署', '性能', '优化', '文档', '贡献者', '读者问答', '推荐阅读', '本周', '进展']
const COMMON_EN = ['sofa', 'rpc', 'mosn', 'layotto', 'seata', 'dubbo', 'registry', 'service', 'mesh', 'config', 'github', 'https', 'com', 'java', 'spring', 'boot', 'api', 'sdk', 'client', 'server', 'grpc', 'http', 'zk', 'zookeeper', 'nacos', 'istio', 'envoy', 'kubernetes', 'docker', 'actuator', 'tracer', 'jraft', 'raft', 'ark', 'plugin', 'module', 'timeout', 'thread', 'pool', 'cluster', 'proxy', 'filter', 'router', 'xid', 'tcc', 'saga', 'mysql', 'redis', 'wasm', 'golang', 'netty', 'metrics', 'log', 'test', 'issue', 'pull', 'release', 'version', 'master', 'branch', 'demo', 'sample']
const SYLLABLES = ['ka', 'lo', 'mi', 'ser', 'vic', 'reg', 'is', 'try', 'con', 'fig', 'tra', 'ce', 'pro', 'xy', 'hand', 'ler', 'fac', 'to', 'ry', 'in', 'vo', 'ke', 'con', 'text', 'lis', 'ten', 'er', 'net', 'work', 'sto', 'rage', 'que', 'ue', 'sche', 'dul', 'meta', 'data', 'cli', 'ent', 'bal', 'an', 'cer']

interface Vocabulary {
  zh: string[]
  en: string[]
}

/**
 * 7,000 Chinese words (two to four characters) and 4,000 Latin ones (identifiers in camel case for the tail). The
 * sizes make the generated archive's count of distinct index terms per issue match the imported one's.
 */
function makeVocabulary(random: () => number): Vocabulary {
  const han = [...HAN]
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
  const zh = new Set<string>()
  while (zh.size < 7_000) {
    const length = random() < 0.6 ? 2 : random() < 0.6 ? 3 : 4
    zh.add(Array.from({ length }, () => pick(han)).join(''))
  }
  const en = new Set<string>()
  while (en.size < 4_000) {
    const parts = Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(SYLLABLES))
    const word = random() < 0.5 ? parts.join('') : parts.map((p, i) => (i ? p[0]?.toUpperCase() + p.slice(1) : p)).join('')
    en.add(random() < 0.1 ? `${word}${Math.floor(random() * 100)}` : word)
  }
  return { zh: withCommonWords([...zh], COMMON_ZH), en: withCommonWords([...en], COMMON_EN) }
}

/**
 * The common words at ranks 5, 10, 15…: frequent, as a project's names and jargon are, but not the most frequent
 * words of the language (each of the first ranks alone is several per cent of all words).
 */
function withCommonWords(words: string[], common: readonly string[]): string[] {
  const rest = words.filter((word) => !common.includes(word))
  const result: string[] = []
  for (const word of common) result.push(...rest.splice(0, 4), word)
  return [...result, ...rest]
}

/**
 * Draws ranks 0…n-1 with probability proportional to 1 / (rank + q)^s (Zipf–Mandelbrot), as word frequencies fall in
 * real text; q flattens the head, so the commonest word is not in every paragraph.
 */
function zipf(n: number, s: number, random: () => number, q = 1): () => number {
  const cumulative: number[] = []
  let total = 0
  for (let rank = 0; rank < n; rank++) {
    total += 1 / (rank + q) ** s
    cumulative.push(total)
  }
  return () => {
    const target = random() * total
    let low = 0
    let high = n - 1
    while (low < high) {
      const middle = (low + high) >> 1
      if ((cumulative[middle] ?? 0) < target) low = middle + 1
      else high = middle
    }
    return low
  }
}

class Writer {
  private readonly zhRank: () => number
  private readonly enRank: () => number

  constructor(
    private readonly random: () => number,
    private readonly vocabulary: Vocabulary,
  ) {
    this.zhRank = zipf(vocabulary.zh.length, 1.05, random, 4)
    this.enRank = zipf(vocabulary.en.length, 1.1, random, 4)
  }

  /** A length varied by up to ±30 %, at least 1. */
  vary(length: number): number {
    return Math.max(1, Math.round(length * (0.7 + this.random() * 0.6)))
  }

  latinWord(): string {
    return this.vocabulary.en[this.enRank()] ?? 'sofa'
  }

  /**
   * Prose of about `length` characters in which Latin letters make up the share `latin` of the letters: Chinese
   * words run together as Chinese is written, Latin words with spaces around, a comma or full stop now and then.
   */
  prose(length: number, latin: number): string {
    // Latin words average 6 letters, Chinese ones 2.6 characters: the chance of a Latin word that gives the share.
    const latinChance = (2.6 * latin) / (6 * (1 - latin) + 2.6 * latin)
    let text = ''
    let chars = 0
    let sinceStop = 0
    while (chars < length - 1) {
      const word = this.random() < latinChance ? this.latinWord() : (this.vocabulary.zh[this.zhRank()] ?? '服务')
      // The full stop counts too; the first word is always kept.
      if (chars > 0 && chars + [...word].length > length - 1) break
      const latinWord = /^[a-z]/i.test(word)
      text += latinWord ? ` ${word} ` : word
      chars += [...word].length
      sinceStop += 1
      if (sinceStop > 4 && this.random() < 0.15) {
        text = `${text.trimEnd()}${this.random() < 0.7 ? '，' : '。'}`
        sinceStop = 0
      }
    }
    return `${text.replace(/ {2,}/g, ' ').trim().replace(/[，。]$/, '')}。`
  }

  codeBlock(lines: number): string[] {
    const body = Array.from({ length: lines }, (_, i) => {
      const a = this.latinWord()
      const b = this.latinWord()
      return i % 3 === 0 ? `${a}.${b}=${Math.floor(this.random() * 1000)}` : i % 3 === 1 ? `  ${a}(${b}, "${this.latinWord()}");` : `<${a} ref="${b}" />`
    })
    return ['```', ...body, '```']
  }
}

function isoDate(week: number): string {
  return new Date(Date.UTC(2019, 0, 4) + week * 7 * 24 * 3600 * 1000).toISOString().slice(0, 10)
}

/** Indents every line of a block by two spaces per level, inside a component. */
function indent(lines: string[], level: number): string[] {
  return lines.map((line) => (line ? `${'  '.repeat(level)}${line}` : line))
}

function writeSettings(dir: string): void {
  fs.mkdirSync(path.join(dir, 'weekly'), { recursive: true })
  fs.writeFileSync(
    path.join(dir, 'site.yaml'),
    [
      'name: Load Test Weekly',
      'description: Synthetic issues for load tests.',
      'url: https://load.example.org',
      'locale: zh-CN',
      'repository:',
      '  url: https://github.com/example/load-weekly',
      'nav:',
      '  - label: 周报',
      '    href: /weekly',
      '  - label: 新手任务',
      '    href: /tasks',
      '',
    ].join('\n'),
  )
  fs.writeFileSync(
    path.join(dir, 'projects.yaml'),
    PROJECTS.map((id) => `- id: ${id}\n  name: ${id[0]?.toUpperCase()}${id.slice(1)}\n  repo: https://github.com/example/${id}\n  description: Synthetic project ${id}.\n`).join(''),
  )
}

interface PoolTask {
  k: number
  title?: string
  announcements: number
}

export function generateIssues(dir: string, count = 200, { seed = 1, profile = readCorpusProfile() }: GenerateOptions = {}): GeneratedContent {
  writeSettings(dir)
  const random = createRandom(seed)
  const writer = new Writer(random, makeVocabulary(random))
  const project = zipf(PROJECTS.length, 1, random)
  const people = Array.from({ length: 400 }, () => Array.from({ length: random() < 0.7 ? 2 : 3 }, () => HAN[Math.floor(random() * HAN.length)]).join(''))
  const person = zipf(people.length, 0.8, random)
  const projectId = (): string => PROJECTS[project()] ?? 'alpha'

  /** The same paragraph in every issue that has one of that length, as real issues repeat their introduction. */
  const boilerplate = new Map<number, string>()
  const taskTitles = new Set<string>()
  let recent: PoolTask[] = []
  let nextTask = 0

  for (let n = 0; n < count; n++) {
    const shape: IssueShape = profile.issues[Math.floor(random() * profile.issues.length)] ?? { prose: [], boilerplate: [], releases: [], qa: [], tasks: 0, reading: 0, contributors: 0, latin: 0.4 }
    const prose = (length: number): string => writer.prose(writer.vary(length), shape.latin)
    const date = isoDate(n)
    const lines: string[] = [
      '---',
      `title: 合成周报第 ${n + 1} 期 | ${prose(12)}`,
      `date: ${date}`,
      `summary: 第 ${n + 1} 期合成内容，用于压力测试：${prose(20)}`,
      `tags: [load, ${PROJECTS[n % PROJECTS.length]}]`,
      '---',
      '',
    ]
    for (const length of shape.boilerplate) {
      boilerplate.set(length, boilerplate.get(length) ?? writer.prose(length, shape.latin))
      lines.push(boilerplate.get(length) ?? '', '')
    }
    for (const length of shape.prose) lines.push(prose(length), '')

    if (shape.contributors > 0) {
      lines.push('## 本周 Contributor', '', '<Contributors>')
      for (let i = 0; i < shape.contributors; i++) {
        lines.push(`  <Contributor login="user-${(n * 7 + i) % 97}" name="贡献者 ${(n * 7 + i) % 97}" project="${projectId()}" contribution="${prose(16)}" />`)
      }
      lines.push('</Contributors>', '')
    }

    if (shape.releases.length > 0) {
      lines.push('## 本周发布', '')
      for (const notes of shape.releases) {
        lines.push(`**发布 ${writer.latinWord()} v${n % 5}.${notes.length}.${n % 13}，主要变更如下：**`, '')
        for (const length of notes) lines.push(`- ${prose(length)}`)
        lines.push('')
      }
    }

    if (shape.qa.length > 0) {
      lines.push('## 每周读者问答提炼', '')
      shape.qa.forEach((qa) => {
        lines.push(`<QA asker="${people[person()] ?? '读者'}" project="${projectId()}">`, '  <Question>', `    ${prose(qa.question)}`, '  </Question>')
        for (const answer of qa.answers) {
          lines.push('  <Answer>', `    ${prose(answer.length)}`)
          for (const code of answer.code) lines.push('', ...indent(writer.codeBlock(code), 2))
          lines.push('  </Answer>')
        }
        lines.push('</QA>', '')
      })
    }

    if (shape.tasks > 0) {
      // Most re-announce recent tasks (each at most ANNOUNCEMENTS_PER_TASK times), as in the archive; the rest are new.
      const again = recent.slice(0, Math.min(recent.length, Math.round(shape.tasks * 0.6)))
      const fresh = Array.from({ length: shape.tasks - again.length }, (): PoolTask => ({ k: nextTask++, announcements: 0 }))
      const announced = [...again, ...fresh]
      lines.push('## 新手任务', '', '<TaskBoard>')
      for (const task of announced) {
        task.announcements += 1
        task.title ??= `任务 ${task.k}：${prose(20)}`
        const title = task.title
        const status = task.announcements === ANNOUNCEMENTS_PER_TASK && task.k % 5 === 0 ? 'claimed' : 'open'
        const id = PROJECTS[task.k % PROJECTS.length] ?? 'alpha'
        taskTitles.add(title)
        lines.push(
          `  <Task project="${id}" difficulty="${DIFFICULTIES[task.k % DIFFICULTIES.length]}" title="${title}" href="https://github.com/example/${id}/issues/${task.k}" status="${status}" />`,
        )
      }
      lines.push('</TaskBoard>', '')
      recent = announced.filter((task) => task.announcements < ANNOUNCEMENTS_PER_TASK)
    }

    if (shape.reading > 0) {
      lines.push('## 本周推荐阅读', '', '<ReadingList>')
      for (let i = 0; i < shape.reading; i++) {
        lines.push(`  <Reading title="${prose(18)}" href="https://example.org/articles/${n}/${i}" source="示例博客" />`)
      }
      lines.push('</ReadingList>', '')
    }
    fs.writeFileSync(path.join(dir, 'weekly', `${date}.mdx`), lines.join('\n'))
  }
  return { dir, issues: count, taskTitles: [...taskTitles] }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { seed: { type: 'string' }, profile: { type: 'string' }, measure: { type: 'string' }, out: { type: 'string' } },
  })
  if (values.measure) {
    const out = path.resolve(values.out ?? DEFAULT_PROFILE_FILE)
    const profile = measureCorpusProfile(path.resolve(values.measure), path.basename(path.resolve(values.measure)))
    // One issue a line: a new measurement reads as a diff.
    fs.writeFileSync(out, `{"source":${JSON.stringify(profile.source)},"issues":[\n${profile.issues.map((shape) => JSON.stringify(shape)).join(',\n')}\n]}\n`)
    console.log(`measured ${profile.issues.length} issues into ${out}`)
  } else {
    const [dir, count] = positionals
    if (!dir) {
      console.error('usage: npm run generate:issues -- <dir> [count=200] [--seed N] [--profile file] | --measure <content dir> [--out file]')
      process.exit(2)
    }
    const result = generateIssues(path.resolve(dir), count ? Number(count) : 200, {
      seed: values.seed ? Number(values.seed) : 1,
      profile: values.profile ? readCorpusProfile(path.resolve(values.profile)) : readCorpusProfile(),
    })
    console.log(`wrote ${result.issues} issues with ${result.taskTitles.length} distinct tasks to ${result.dir}`)
  }
}
