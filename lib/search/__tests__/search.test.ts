import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { collectBoardTasks, collectQAs } from '@/lib/content/aggregate'
import { readContent } from '@/lib/content/load'
import { collectSearchDocuments } from '@/lib/content/search-documents'

import { buildSearchIndex, loadSearchIndex, makeSnippet, search, type SearchDocument } from '../engine'
import { bigrams, queryTerms, tokenize } from '../tokenize'

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
  const index = buildSearchIndex([
    doc('registry', 'SOFARegistry 发布', '新版服务注册中心支持多机房部署。'),
    doc('scattered', '中心与注册', '注册流程在中心机房完成，中心也负责册子。'),
    doc('title', '注册中心选型', '比较几种方案。'),
    doc('rpc', 'RPC 上下文', '请使用 RpcInvokeContextv6 传递参数。', 'qa'),
    doc('mesh', 'Service Mesh progress', 'The data plane now supports Dubbo and zookeeper registries.'),
  ])
  const ids = (query: string) => search(index, query).map((hit) => hit.id)

  it('finds Chinese words inside longer phrases, and only documents with every part', () => {
    expect(ids('服务注册')).toEqual(['registry'])
    expect(ids('注册中心')).toEqual(['title', 'registry'])
    expect(ids('注册 部署')).toEqual(['registry'])
  })

  it('ranks a title match first and the exact phrase above scattered parts', () => {
    const hits = ids('注册中心')
    expect(hits[0]).toBe('title')
    expect(hits).not.toContain('scattered')
  })

  it('ranks the exact phrase above a text that only has all its parts', () => {
    const parts = buildSearchIndex([
      doc('parts', '周报', '注册册中中心，注册册中中心，注册册中中心。'),
      doc('phrase', '周报', '这里介绍注册中心。'),
    ])
    expect(search(parts, '注册中心').map((hit) => hit.id)).toEqual(['phrase', 'parts'])
  })

  it('matches English by prefix, case-insensitively, with one typo in longer words', () => {
    expect(ids('RpcInvokeContext')).toEqual(['rpc'])
    expect(ids('zookeper')).toEqual(['mesh'])
    expect(ids('dubbo mesh')).toEqual(['mesh'])
    expect(ids('dubbo 注册')).toEqual([])
  })

  it('returns nothing for an empty query', () => {
    expect(search(index, '   ')).toEqual([])
  })

  it('works the same after the index is serialized for the browser', () => {
    const loaded = loadSearchIndex(JSON.stringify(index))
    expect(search(loaded, '注册中心').map((hit) => hit.id)).toEqual(ids('注册中心'))
    expect(search(loaded, 'RpcInvokeContext')[0]).toMatchObject({ kind: 'qa', title: 'RPC 上下文', url: '/rpc' })
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
  const index = buildSearchIndex(collectSearchDocuments(issues, collectQAs(issues), collectBoardTasks(issues), projects))

  it('finds the seed issue for 注册中心 and links RpcInvokeContext to its Q&A anchor', () => {
    expect(search(index, '注册中心').map((hit) => hit.url)).toContain('/weekly/2022-05-27')
    expect(search(index, 'RpcInvokeContext')[0]).toMatchObject({ kind: 'qa', url: '/weekly/2022-05-27#qa-1' })
  })

  it('links tasks to their anchor on the board', () => {
    expect(search(index, 'actuator')[0]).toMatchObject({ kind: 'task', url: expect.stringMatching(/^\/tasks#task-[0-9a-f]{10}$/) })
  })
})
