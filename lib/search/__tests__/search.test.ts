import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { collectBoardTasks, collectQAs } from '@/lib/content/aggregate'
import { readContent } from '@/lib/content/load'
import { collectSearchDocuments } from '@/lib/content/search-documents'

import { buildSearchIndex, memoryIndexSource, type BuildIndexOptions } from '../build-index'
import { bestCandidates, createSearchEngine, makeSnippet, matchTokens, withinOneEdit, type SearchDocument } from '../engine'
import { parseShard, readTerm } from '../format'
import { bigrams, queryTerms, tokenize } from '../tokenize'

function engineFor(documents: SearchDocument[], options?: BuildIndexOptions) {
  return createSearchEngine(memoryIndexSource(buildSearchIndex(documents, options)))
}

describe('tokenize', () => {
  it('indexes Chinese as overlapping bigrams, so a word is found inside a longer phrase', () => {
    expect(tokenize('服务注册中心')).toEqual(['服务', '务注', '注册', '册中', '中心'])
    expect(tokenize('注册中心')).toEqual(['注册', '册中', '中心'])
    expect(bigrams('类')).toEqual(['类'])
  })

  it('splits Latin text into lowercase words, and mixed text at script boundaries', () => {
    expect(tokenize('MOSN 对接 dubbo 的 RpcInvokeContextv6！')).toEqual(['mosn', '对接', 'dubbo', '的', 'rpcinvokecontextv6'])
    expect(tokenize('Service Mesh, in 2022: sofa-rpc v5.8')).toEqual(['service', 'mesh', 'in', '2022', 'sofa', 'rpc', 'v5.8', 'v5', '8'])
    expect(tokenize('set registry.address and max_conn')).toEqual(['set', 'registry.address', 'registry', 'address', 'and', 'max_conn', 'max', 'conn'])
  })

  it('joins words across a dot, colon or apostrophe between them, never at their ends', () => {
    expect(tokenize("Don't stop at 14:00. End.")).toEqual(["don't", 'stop', 'at', '14:00', '14', '00', 'end'])
    expect(tokenize('v1.7.x, 1,000 __init__')).toEqual(['v1.7.x', 'v1', '7', 'x', '1', '000', '__init__', 'init'])
  })

  it('treats full-width letters and digits like their ASCII forms', () => {
    expect(tokenize('ＳＯＦＡ２０２２')).toEqual(['sofa2022'])
  })

  it('keeps query parts whole for highlighting', () => {
    expect(queryTerms('服务注册 zk Dubbo')).toEqual(['服务注册', 'zk', 'dubbo'])
  })
})

const doc = (id: string, title: string, text: string, kind: SearchDocument['kind'] = 'issue'): SearchDocument => ({
  id,
  kind,
  title,
  text,
  date: '2024-01-05',
  url: `/${id}`,
})

describe('search', () => {
  const documents = [
    doc('registry', 'SOFARegistry 发布', '新版服务注册中心支持多机房部署。'),
    doc('scattered', '中心与注册', '注册流程在中心机房完成，中心也负责册子。'),
    doc('title', '注册中心选型', '比较几种方案。'),
    doc('rpc', 'RPC 上下文', '请使用 RpcInvokeContextv6 传递参数。', 'qa'),
    doc('mesh', 'Service Mesh progress', 'The data plane now supports Dubbo and zookeeper registries.'),
  ]
  const engine = engineFor(documents)
  const ids = async (query: string) => (await engine.search(query)).hits.map((hit) => hit.id)

  it('finds Chinese words inside longer phrases, and only documents with every part', async () => {
    expect(await ids('服务注册')).toEqual(['/registry'])
    expect(await ids('注册中心')).toEqual(['/title', '/registry'])
    expect(await ids('注册 部署')).toEqual(['/registry'])
  })

  it('ranks a title match first and the exact phrase above scattered parts', async () => {
    const hits = await ids('注册中心')
    expect(hits[0]).toBe('/title')
    expect(hits).not.toContain('/scattered')
  })

  it('ranks the exact phrase above a text that only has all its parts', async () => {
    const parts = engineFor([doc('parts', '周报', '注册册中中心，注册册中中心，注册册中中心。'), doc('phrase', '周报', '这里介绍注册中心。')])
    expect((await parts.search('注册中心')).hits.map((hit) => hit.id)).toEqual(['/phrase', '/parts'])
  })

  it('matches English by prefix, case-insensitively, with one typo in longer words', async () => {
    expect(await ids('RpcInvokeContext')).toEqual(['/rpc'])
    expect(await ids('zookeper')).toEqual(['/mesh'])
    expect(await ids('dubbo mesh')).toEqual(['/mesh'])
    expect(await ids('dubbo 注册')).toEqual([])
  })

  it('counts a word once however many of its prefix expansions a document has (AND over query words)', async () => {
    const expansions = engineFor([doc('both', 'Dubbo', 'dubbo dubbogo dubbox'), doc('mesh', 'Mesh', 'dubbo mesh')])
    expect((await expansions.search('dubbo mesh')).hits.map((hit) => hit.id)).toEqual(['/mesh'])
    expect((await expansions.search('dubbo')).total).toBe(2)
  })

  it('returns nothing for an empty query', async () => {
    expect(await engine.search('   ')).toEqual({ total: 0, hits: [] })
  })

  it('returns what a result shows: kind, title, date (as the site writes it), URL and a snippet', async () => {
    const dated = engineFor(documents, { formatDate: (date) => `on ${date}` })
    const [hit] = (await dated.search('RpcInvokeContext')).hits
    expect(hit).toMatchObject({ kind: 'qa', title: 'RPC 上下文', date: '2024-01-05', dateText: 'on 2024-01-05', url: '/rpc' })
    expect(hit?.snippet.filter((part) => part.match).map((part) => part.text)).toEqual(['RpcInvokeContext'])
  })

  it('finds the same with shards and chunks of one term and one document each', async () => {
    const tiny = engineFor(documents, { shardBytes: 1, chunkBytes: 1 })
    const index = buildSearchIndex(documents, { shardBytes: 1, chunkBytes: 1 })
    expect(index.meta.chunks).toEqual([1, 1, 1, 1, 1])
    expect(index.meta.shards.length).toBeGreaterThan(40)
    for (const query of ['注册中心', '服务注册', 'RpcInvokeContext', 'zookeper', 'dubbo mesh', 'dubbo 注册']) {
      expect((await tiny.search(query)).hits.map((hit) => hit.id)).toEqual(await ids(query))
    }
  })

  it('pages through every result, and counts them all', async () => {
    const many = Array.from({ length: 25 }, (_, i) => doc(`n${String(i).padStart(2, '0')}`, `第 ${i} 期`, `服务注册中心 ${'注册中心 '.repeat(i % 4)}`))
    const paged = engineFor(many)
    const first = await paged.search('注册中心')
    const second = await paged.search('注册中心', { offset: 10 })
    const third = await paged.search('注册中心', { offset: 20 })
    expect([first.total, first.hits.length, second.hits.length, third.hits.length]).toEqual([25, 10, 10, 5])
    const all = [...first.hits, ...second.hits, ...third.hits].map((hit) => hit.id)
    expect(new Set(all).size).toBe(25)
    // More occurrences score higher: the first page holds the documents that repeat the phrase most.
    expect(first.hits.every((hit) => Number(hit.id.slice(2)) % 4 >= 2)).toBe(true)
  })

  it('matches a long Chinese query on a covering subset of its bigrams, the exact phrase first', () => {
    expect(matchTokens('服务注册中心')).toEqual(['服务', '务注', '注册', '册中', '中心'])
    expect(matchTokens('分布式服务注册中心')).toEqual(['分布', '式服', '务注', '册中', '中心'])
  })

  it('keeps a term named like an object property a plain term', async () => {
    const proto = engineFor([doc('proto', 'Objects', 'Never assign __proto__ or constructor from input.')])
    expect(await (await proto.search('__proto__')).hits.map((hit) => hit.id)).toEqual(['/proto'])
    expect((await proto.search('constructor')).total).toBe(1)
  })

  it('once the entry is read, asks for a query\'s shards at once, before anything else can run', async () => {
    const source = memoryIndexSource(buildSearchIndex(documents))
    const asked: string[] = []
    const eager = createSearchEngine({ meta: source.meta, file: (hash, name) => (asked.push(name), source.file(hash, name)) })
    await eager.prepare()
    const pending = eager.search('注册中心')
    expect(asked).toEqual(['t0.json'])
    expect((await pending).total).toBe(2)
  })

  it('reads the shards of a query while it is typed, so its search asks only for record chunks', async () => {
    const source = memoryIndexSource(buildSearchIndex(documents, { shardBytes: 1, chunkBytes: 1 }))
    const asked: string[] = []
    const typed = createSearchEngine({ meta: source.meta, file: (hash, name) => (asked.push(name), source.file(hash, name)) })
    for (const sofar of ['注册', '注册中', '注册中心', 'zoo', 'zookeeper', 'zookeeper 注']) await typed.prefetch(sofar)
    const prefetched = asked.length
    expect(asked.every((name) => name.startsWith('t'))).toBe(true)
    expect((await typed.search('注册中心')).total).toBe(2)
    expect((await typed.search('zookeeper')).hits.map((hit) => hit.id)).toEqual(['/mesh'])
    expect(asked.slice(prefetched).every((name) => name.startsWith('r'))).toBe(true)
    await typed.prefetch('  ')
    expect(asked.slice(prefetched).every((name) => name.startsWith('r'))).toBe(true)
  })

  it('reads a paused query\'s first results while it is typed, so submitting it downloads nothing', async () => {
    const source = memoryIndexSource(buildSearchIndex(documents, { shardBytes: 1, chunkBytes: 1 }))
    const asked: string[] = []
    const typed = createSearchEngine({ meta: source.meta, file: (hash, name) => (asked.push(name), source.file(hash, name)) })
    await typed.prefetch('注册中心', { records: 1 })
    // One record chunk of one document each: the best result's only.
    expect(asked.filter((name) => name.startsWith('r'))).toHaveLength(1)
    const before = asked.length
    const page = await typed.search('注册中心', { limit: 1 })
    expect(page.total).toBe(2)
    expect(asked).toHaveLength(before)
    // The rest of the page is read when asked for.
    await typed.search('注册中心', { offset: 1, limit: 1 })
    expect(asked.length).toBe(before + 1)
  })

  it('tries a failed download again on the next query', async () => {
    const index = buildSearchIndex(documents)
    const source = memoryIndexSource(index)
    let failures = 1
    const flaky = createSearchEngine({
      meta: () => (failures-- > 0 ? Promise.reject(new Error('offline')) : source.meta()),
      file: (hash, name) => source.file(hash, name),
    })
    await expect(flaky.search('注册中心')).rejects.toThrow('offline')
    expect((await flaky.search('注册中心')).total).toBe(2)
  })
})

const candidate = (n: number, score: number) => ({ doc: n, score, title: false, exact: true })

describe('parseShard and readTerm', () => {
  it('read a shard, and refuse a term whose weights or postings are not all finite numbers in triples', () => {
    const good = [['a', 'b'], [[1, 0.5], [0, 2]], [[0, 20, 10], [1, 0, 25, 2, 30, 0]]]
    expect(readTerm(parseShard(good), 1)).toEqual({ titleIdf: 0, textIdf: 2, postings: [1, 0, 25, 2, 30, 0] })
    for (const postings of [[0, 20, '10'], [0, 20, null], [0, 20, Number.POSITIVE_INFINITY], [0, 20], 'list']) {
      const shard = parseShard([good[0], good[1], [postings, [1, 0, 25]]])
      expect(() => readTerm(shard, 0)).toThrow('unexpected format of a term shard')
      expect(readTerm(shard, 1).postings).toEqual([1, 0, 25])
    }
    expect(() => readTerm(parseShard([good[0], [[1], [0, 2]], good[2]]), 0)).toThrow('unexpected format of a term shard')
    expect(() => parseShard([['a', 2], good[1], good[2]])).toThrow('unexpected format of a term shard')
    expect(() => parseShard([['a'], good[1], good[2]])).toThrow('unexpected format of a term shard')
  })

  it('a search over a shard with a broken term fails, and does not count it as nothing', async () => {
    const index = buildSearchIndex([doc('a', 'Alpha', 'alpha beta')])
    const files = new Map(index.files)
    files.set('t0.json', JSON.stringify([['alpha', 'beta'], [[1, 1], [1, 1]], [[0, 'x', 1], [0, 1, 1]]]))
    const broken = createSearchEngine(memoryIndexSource({ meta: index.meta, files }))
    await expect(broken.search('alpha')).rejects.toThrow('unexpected format of a term shard')
    expect((await broken.search('beta')).total).toBe(1)
  })
})

describe('bestCandidates', () => {
  it('picks the best few in order, score first, then document number, as a full sort would', () => {
    const scores = [5, 1, 9, 5, 7, 9, 0, 3, 5, 2, 8, 5]
    const all = scores.map((score, n) => candidate(n, score))
    const sorted = all.toSorted((a, b) => b.score - a.score || a.doc - b.doc)
    for (const count of [0, 1, 3, 5, 12, 20]) expect(bestCandidates(all, count)).toEqual(sorted.slice(0, count))
    expect(bestCandidates(all, 4).map((best) => best.doc)).toEqual([2, 5, 10, 4])
  })
})

describe('withinOneEdit', () => {
  it('allows one insertion, deletion or substitution', () => {
    expect(['zookeeper', 'zookeepers', 'zookeper', 'zookeeqer'].map((word) => withinOneEdit(word, 'zookeeper'))).toEqual([true, true, true, true])
    expect(['zokeepr', 'zookeeperss', 'zookepre'].map((word) => withinOneEdit(word, 'zookeeper'))).toEqual([false, false, false])
  })
})

describe('makeSnippet', () => {
  it('quotes the text around the first match and marks every occurrence', () => {
    const text = `${'前言'.repeat(40)}服务注册中心很重要，注册中心需要高可用。${'结语'.repeat(40)}`
    const parts = makeSnippet(text, ['注册中心'])
    expect(parts[0]).toEqual({ text: '…', match: false })
    expect(parts.at(-1)).toEqual({ text: '…', match: false })
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['注册中心', '注册中心'])
    expect(parts.map((p) => p.text).join('')).toContain('服务注册中心很重要，注册中心需要高可用。')
  })

  it('marks Latin terms case-insensitively and keeps the original case', () => {
    expect(makeSnippet('Use RpcInvokeContext here', ['rpcinvokecontext'])).toEqual([
      { text: 'Use ', match: false },
      { text: 'RpcInvokeContext', match: true },
      { text: ' here', match: false },
    ])
  })
})

describe('the sample content index', () => {
  const { issues, projects } = readContent(path.resolve('content'))
  const engine = engineFor(collectSearchDocuments(issues, collectQAs(issues), collectBoardTasks(issues), projects))

  it('finds the seed issue for 注册中心 and links RpcInvokeContext to its Q&A anchor', async () => {
    expect((await engine.search('注册中心')).hits.map((hit) => hit.url)).toContain('/weekly/2022-05-27')
    expect((await engine.search('RpcInvokeContext')).hits[0]).toMatchObject({ kind: 'qa', url: '/weekly/2022-05-27#qa-1' })
  })

  it('links tasks to their anchor on the board', async () => {
    expect((await engine.search('actuator')).hits[0]).toMatchObject({ kind: 'task', url: expect.stringMatching(/^\/tasks#task-[0-9a-f]{10}$/) })
  })
})
