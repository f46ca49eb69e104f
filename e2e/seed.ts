import { expect, type Page } from '@playwright/test'

export const SEED = '/weekly/2022-05-27'
export const SEED_TITLE = 'SOFA Weekly | Kusion 开源啦、本周 QA、本周 Contributor'

/** The four sections of the seed issue, as a reader sees them: banner, both Q&As, the task board, the reading list. */
export async function expectSeedSections(page: Page): Promise<void> {
  for (const heading of ['SOFAStack 社区本周 Contributor', '每周读者问答提炼', 'SOFAStack 新手任务计划', '本周推荐阅读']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible()
  }

  await expect(page.getByRole('img', { name: 'SOFAStack 社区本周 Contributor' })).toHaveAttribute('src', '/images/2022-05-27-contributors.png')

  const first = page.getByRole('article', { name: '@周衡 提问' })
  await expect(first).toContainText('请问一下，我需要调度 RPC 的上下文是哪一个类？有一些参数想直接通过上下文传递。')
  await expect(first).toContainText('RpcInvokeContextv6')
  await expect(first.getByRole('link', { name: 'SOFARPC' })).toBeVisible()
  const second = page.getByRole('article', { name: '@bobtthp 提问' })
  await expect(second).toContainText('MOSN 对接 dubbo 目前注册中心支持 zk 吗？')
  await expect(second).toContainText('FaaS 示例么？那个还没上过生产，还在探索阶段。')
  await expect(second.getByRole('link', { name: 'https://github.com/mosn', exact: true })).toBeVisible()

  const groups = page.getByRole('region', { name: /^(Easy|Medium|Hard)$/ })
  await expect(groups.getByRole('heading', { level: 3 })).toHaveText(['Easy', 'Medium', 'Hard'])
  const tasksIn = (name: string) => page.getByRole('region', { name }).getByRole('listitem')
  await expect(tasksIn('Easy')).toHaveText([
    /^为 actuator 模块添加单元测试\s*Layotto$/,
    /^为 Java SDK 新增分布式锁、分布式自增 ID API\s*Layotto$/,
    /^开发 in-memory configuration 组件\s*Layotto$/,
    /^优化 SOFARPC 使用文档\s*SOFARPC$/,
  ])
  await expect(tasksIn('Medium')).toHaveText([
    /^让 Layotto 支持 Dapr API\s*Layotto$/,
    /^开发 Rust、C、Python、SDK\s*Layotto$/,
    /^用 mysql、consul 或 leaf 等系统实现分布式自增 id API\s*Layotto$/,
    /^优化 SOFARPC 的异步编程体验\s*SOFARPC$/,
  ])
  await expect(tasksIn('Hard')).toHaveText([/^让 Layotto 支持通过接口调用的方式动态加载 wasm，以支持 FaaS 场景动态调度\s*Layotto$/])
  await expect(page.getByRole('link', { name: '优化 SOFARPC 的异步编程体验' })).toHaveAttribute(
    'href',
    'https://github.com/sofastack/sofa-rpc/issues/1127',
  )

  for (const title of [
    '深入 HTTP/3（一）｜从 QUIC 链接的建立与关闭看协议的演进',
    '深入 HTTP/3（2）｜不那么 Boring 的 SSL',
    '【2022 开源之夏】欢迎报名 MOSN 社区项目！',
    '蚂蚁集团 Service Mesh 进展回顾与展望',
  ]) {
    await expect(page.getByRole('link', { name: title })).toHaveAttribute('href', /^https:\/\/mp\.weixin\.qq\.com\/s\?__biz=/)
  }
}
