/**
 * The queries both search benchmarks time: Chinese words and phrases (one inside longer ones), English words,
 * prefixes, a typo and mixed queries. Each finds something in the sample, the imported archive and generated issues.
 */
export const SEARCH_QUERIES = [
  '注册中心',
  '服务注册',
  '单元测试',
  '分布式事务',
  '分布式 layotto',
  'RpcInvokeContext',
  'dubbo zk',
  'registry address',
  'actuator',
  'seata',
  'zookeper',
  'mosn 配置',
]

/** The value below which `p` per cent of the values fall (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = values.toSorted((a, b) => a - b)
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN
}
