import { expect, test, type Page } from '@playwright/test'

const SHARED_LINK = 'https://github.com/mosn/layotto/issues/108#issuecomment-872779356'

const tasksOn = (page: Page) => page.locator('[data-task]')
const filters = (page: Page) => page.getByRole('navigation', { name: '筛选' })

test('the task board shows every distinct task once, done tasks left out by default', async ({ page }) => {
  await page.goto('/tasks')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('新手任务')
  const groups = page.getByRole('region', { name: /^(Easy|Medium|Hard)$/ })
  await expect(groups.getByRole('heading', { level: 2 })).toHaveText(['Easy', 'Medium', 'Hard'])
  // The seed issue's nine tasks, the sample issues' three still to do; the repeated task once.
  await expect(tasksOn(page)).toHaveCount(12)
  await expect(page.getByText('12 个任务', { exact: true })).toBeVisible()
  const repeated = page.getByRole('listitem').filter({ hasText: '为 actuator 模块添加单元测试' })
  await expect(repeated).toHaveCount(1)
  await expect(repeated).toContainText('首次发布 2022年5月20日 · 最近发布 2022年5月27日')
  await expect(repeated.getByRole('link', { name: '为 actuator 模块添加单元测试' })).toHaveAttribute('href', SHARED_LINK)
  await expect(repeated.getByRole('link', { name: '2022年5月27日' })).toHaveAttribute('href', '/weekly/2022-05-27#task-1')
  await expect(page.getByText('修复 SOFAJRaft 示例工程的编译告警（示例任务）')).toHaveCount(0)
})

test('filters are links to a page per filter, covering the whole board, and the address names the filters', async ({ page }) => {
  await page.goto('/tasks')
  const project = filters(page).getByRole('list', { name: '项目' })
  await expect(project.getByRole('link', { name: '全部项目 12' })).toHaveAttribute('aria-current', 'true')
  await project.getByRole('link', { name: 'Layotto 7' }).click()
  await expect(page).toHaveURL('/tasks/project/layotto')
  await expect(tasksOn(page)).toHaveCount(7)
  await expect(project.getByRole('link', { name: 'Layotto 7' })).toHaveAttribute('aria-current', 'true')
  // Counts say what each filter would show with the others as they are.
  await filters(page).getByRole('list', { name: '难度' }).getByRole('link', { name: 'Medium 3' }).click()
  await expect(page).toHaveURL('/tasks/project/layotto/difficulty/medium')
  await expect(page.getByText('Layotto · Medium · 3 个任务')).toBeVisible()
  for (const title of ['让 Layotto 支持 Dapr API', '开发 Rust、C、Python、SDK', '用 mysql、consul 或 leaf 等系统实现分布式自增 id API']) {
    await expect(page.getByRole('link', { name: title })).toBeVisible()
  }
  // Groups the filter leaves empty are not there.
  await expect(page.getByRole('region', { name: 'Easy' })).toHaveCount(0)
  await expect(page.getByRole('region', { name: 'Medium' })).toBeVisible()
  await expect(page).toHaveTitle('新手任务 · Layotto · Medium · SOFA Weekly')

  await page.reload()
  await expect(tasksOn(page)).toHaveCount(3)

  await page.goto('/tasks/status/done')
  await expect(tasksOn(page)).toHaveText([/修复 SOFAJRaft 示例工程的编译告警/])
  await filters(page).getByRole('link', { name: '重置筛选' }).click()
  await expect(page).toHaveURL('/tasks')
  await expect(tasksOn(page)).toHaveCount(12)
})

test('a value no task has is shown without a link', async ({ page }) => {
  await page.goto('/tasks/project/sofa-jraft')
  const difficulty = filters(page).getByRole('list', { name: '难度' })
  await expect(difficulty.getByRole('link', { name: 'Easy 1' })).toBeVisible()
  await expect(difficulty.getByRole('link', { name: /^Medium/ })).toHaveCount(0)
  await expect(difficulty.getByText('Medium 0')).toBeVisible()
})

test('an old filtered link, from when filters lived in the query string, opens the filtered page', async ({ page }) => {
  await page.goto('/tasks?difficulty=hard&status=all')
  await expect(page).toHaveURL('/tasks/difficulty/hard/status/all')
  await expect(tasksOn(page)).toHaveText([/让 Layotto 支持通过接口调用的方式动态加载 wasm/, /实现 SOFAJRaft 的只读副本/])
  await page.goto('/qa?project=mosn')
  await expect(page).toHaveURL('/qa/project/mosn')
})

test('a link to a task or an answer that is not on the page opens the page that lists it', async ({ page, request }) => {
  const { anchors, pages } = (await (await request.get('/tasks/anchors.json')).json()) as { anchors: Record<string, number>; pages: string[] }
  const [done] = Object.entries(anchors).find(([, index]) => pages[index] === '/tasks/status/done') ?? []
  expect(done).toMatch(/^task-[0-9a-f]{10}$/)
  await page.goto(`/tasks#${done}`)
  await expect(page).toHaveURL(`/tasks/status/done#${done}`)
  await expect(page.locator(`[id="${done}"]`)).toBeInViewport()

  await page.goto('/qa/project/mosn#2022-05-27-qa-1')
  await expect(page).toHaveURL('/qa#2022-05-27-qa-1')
  await expect(page.locator('[id="2022-05-27-qa-1"]')).toBeInViewport()
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the filters still work: they are links', async ({ page }) => {
    await page.goto('/tasks')
    await expect(tasksOn(page)).toHaveCount(12)
    await filters(page).getByRole('link', { name: /^全部（含已完成）/ }).click()
    await expect(page).toHaveURL('/tasks/status/all')
    await expect(tasksOn(page)).toHaveCount(13)
    await expect(page.getByText('修复 SOFAJRaft 示例工程的编译告警（示例任务）')).toBeVisible()
  })
})

test('the Q&A knowledge base lists every answer newest first, each linkable and filterable', async ({ page }) => {
  await page.goto('/qa')
  const entries = page.getByRole('article')
  await expect(entries).toHaveCount(4)
  await expect(entries.first()).toHaveAttribute('id', '2022-05-27-qa-1')
  await expect(entries.first()).toContainText('RpcInvokeContextv6')
  await expect(entries.first().getByRole('link', { name: /SOFA Weekly \| Kusion 开源啦/ })).toHaveAttribute('href', '/weekly/2022-05-27#qa-1')
  await expect(page.getByRole('article', { name: '@bobtthp 提问' })).toContainText('MOSN 对接 dubbo 目前注册中心支持 zk 吗？')

  await filters(page).getByRole('link', { name: 'MOSN 1' }).click()
  await expect(page).toHaveURL('/qa/project/mosn')
  await expect(page.getByRole('article')).toHaveCount(1)
  await expect(page.getByText('MOSN · 共 1 条问答')).toBeVisible()

  await page.goto('/qa#2022-05-27-qa-2')
  await expect(page.locator('[id="2022-05-27-qa-2"]')).toBeInViewport()
})

test('a project page shows its open tasks, Q&As and issues', async ({ page }) => {
  await page.goto('/projects/layotto')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Layotto')
  await expect(page.getByRole('link', { name: '代码仓库' })).toHaveAttribute('href', 'https://github.com/mosn/layotto')
  const tasks = page.getByRole('region', { name: '待完成的新手任务' })
  await expect(tasks.getByRole('heading', { level: 3 })).toHaveText(['Easy', 'Medium', 'Hard'])
  await expect(tasks.locator('[data-task]')).toHaveCount(7)
  await expect(page.getByRole('region', { name: '相关问答' }).getByRole('article')).toHaveCount(1)
  await expect(page.getByRole('region', { name: '提到它的周报' }).getByRole('link')).toHaveText([
    'SOFA Weekly | Kusion 开源啦、本周 QA、本周 Contributor',
    '示例周报 | Layotto 分布式锁问答、新手任务、本周 Contributor',
  ])
  await page.goto('/projects/layotto/issues')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('提到 Layotto 的周报')
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([
    'SOFA Weekly | Kusion 开源啦、本周 QA、本周 Contributor',
    '示例周报 | Layotto 分布式锁问答、新手任务、本周 Contributor',
  ])
  const response = await page.goto('/projects/no-such-project')
  expect(response?.status()).toBe(404)
})

test('project badges lead to project pages; the projects page lists them all', async ({ page }) => {
  await page.goto('/weekly/2022-05-27')
  await page.getByRole('article', { name: '@bobtthp 提问' }).getByRole('link', { name: 'MOSN', exact: true }).click()
  await expect(page).toHaveURL('/projects/mosn')
  await page.goto('/projects')
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(7)
  await expect(page.getByRole('listitem').filter({ hasText: 'SOFARPC' })).toContainText('2 个未完成任务 · 1 条问答 · 2 期周报')
})

test('contributors are listed with how often and where they were featured', async ({ page }) => {
  await page.goto('/contributors')
  const person = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: '示例贡献者 A' }) })
  await expect(person).toContainText('@sample-dev-a · 上榜 1 次')
  await expect(person.getByRole('link', { name: '2022年5月20日' })).toHaveAttribute('href', '/weekly/2022-05-20')
  // Decorative (alt=""), so not an image to assistive technology.
  const avatar = person.locator('img')
  await expect(avatar).toHaveAttribute('width', '56')
  await expect(avatar).toHaveAttribute('height', '56')
  await expect(avatar).toHaveAttribute('loading', 'lazy')
})

test('issue pages link their tags; tag pages list the issues', async ({ page }) => {
  await page.goto('/weekly/2022-05-20')
  await page.getByRole('link', { name: '示例', exact: true }).click()
  await expect(page).toHaveURL(`/tags/${encodeURIComponent('示例')}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('标签：示例')
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([
    '示例周报 | Layotto 分布式锁问答、新手任务、本周 Contributor',
    '示例周报 | SOFARegistry 问答、SOFAJRaft 新手任务',
  ])
  expect((await page.goto('/tags/no-such-tag'))?.status()).toBe(404)
})

test('the header and the home page lead to the new pages', async ({ page }) => {
  await page.goto('/')
  const nav = page.getByRole('navigation', { name: '主导航' })
  await expect(nav.getByRole('link')).toHaveText(['周报', '新手任务', '问答', '版本发布', '社区活动', '项目', '贡献者'])
  const counts = page.getByRole('region', { name: '待认领的新手任务' })
  await expect(counts.getByRole('link')).toHaveText(['5Easy', '5Medium', '1Hard', '查看全部新手任务 →'])
  await counts.getByRole('link', { name: '5 Medium' }).click()
  await expect(page).toHaveURL('/tasks/difficulty/medium/status/open')
  await expect(tasksOn(page)).toHaveCount(5)
})
