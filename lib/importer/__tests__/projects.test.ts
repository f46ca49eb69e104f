import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'

import { projectsFileSchema, siteSchema } from '../../content/schema'
import { addProjectsToYaml, defaultSiteYaml, siteDefaultsFromTitles } from '../contentFiles'
import { parseGitHubUrl, projectIdFrom, ProjectRegistry } from '../projects'
import { testRegistry } from './helpers'

describe('ProjectRegistry', () => {
  it('finds known projects by repository, whatever the path, case or www', () => {
    const registry = testRegistry()
    expect(registry.resolveUrl('https://github.com/example/alpha/issues/108#issuecomment-1')).toBe('alpha')
    expect(registry.resolveUrl('https://www.github.com/Example/Alpha/tree/master/pkg')).toBe('alpha')
    expect(registry.resolveUrl('https://example.org/alpha')).toBeUndefined()
    expect(registry.added).toEqual([])
  })

  it('adds a project per new repository, id from the repository name, name from a matching label', () => {
    const registry = testRegistry()
    expect(registry.resolveUrl('https://github.com/acme/sofa-rpc', '「SOFARPC」')).toBe('sofa-rpc')
    expect(registry.resolveUrl('https://github.com/acme/site.tech', 'Acme')).toBe('site-tech')
    expect(registry.added).toEqual([
      { id: 'sofa-rpc', name: 'SOFARPC', repo: 'https://github.com/acme/sofa-rpc', description: 'acme/sofa-rpc on GitHub' },
      // A label that names another project is not taken as this one's name.
      { id: 'site-tech', name: 'site.tech', repo: 'https://github.com/acme/site.tech', description: 'acme/site.tech on GitHub' },
    ])
  })

  it('treats an organisation and its namesake repository as one project, in either order', () => {
    const orgFirst = new ProjectRegistry()
    expect(orgFirst.resolveUrl('https://github.com/mosn', 'MOSN')).toBe('mosn')
    expect(orgFirst.resolveUrl('https://github.com/mosn/mosn')).toBe('mosn')
    const repoFirst = new ProjectRegistry()
    expect(repoFirst.resolveUrl('https://github.com/mosn/mosn')).toBe('mosn')
    expect(repoFirst.resolveUrl('https://github.com/mosn')).toBe('mosn')
    expect(repoFirst.added).toHaveLength(1)
  })

  it('gives a same-named repository of another owner its own id', () => {
    const registry = testRegistry()
    expect(registry.resolveUrl('https://github.com/fork/alpha')).toBe('fork-alpha')
  })

  it('finds projects by label', () => {
    expect(testRegistry().findByLabel('**「Beta」**')).toBe('beta')
    expect(testRegistry().findByLabel('Gamma')).toBeUndefined()
  })

  it.each([
    ['https://github.com/sofastack/sofa-rpc', { owner: 'sofastack', repo: 'sofa-rpc' }],
    ['https://github.com/BabaSSL', { owner: 'BabaSSL', repo: undefined }],
    ['https://github.com/a/b.git', { owner: 'a', repo: 'b' }],
    ['https://gitlab.com/a/b', undefined],
  ])('parseGitHubUrl(%s)', (url, expected) => {
    expect(parseGitHubUrl(url)).toEqual(expected)
  })

  it('makes ids of lowercase letters, digits and hyphens', () => {
    expect(projectIdFrom('BabaSSL')).toBe('babassl')
    expect(projectIdFrom('sofastack.tech')).toBe('sofastack-tech')
  })
})

describe('content files for the registry and a new content folder', () => {
  const gamma = { id: 'gamma', name: 'Gamma', repo: 'https://github.com/example/gamma', description: 'example/gamma on GitHub' }

  it('appends new projects and keeps the existing text byte for byte', () => {
    const existing = '# Our projects.\n- id: alpha # the first\n  name: Alpha\n  repo: https://github.com/example/alpha\n  description: A.\n'
    const text = addProjectsToYaml(existing, [gamma])
    expect(text.startsWith(existing)).toBe(true)
    expect(projectsFileSchema.parse(parse(text)).map((p) => p.id)).toEqual(['alpha', 'gamma'])
  })

  it('writes a new registry, or rewrites a flow list', () => {
    expect(projectsFileSchema.parse(parse(addProjectsToYaml(undefined, [gamma])))).toEqual([gamma])
    expect(projectsFileSchema.parse(parse(addProjectsToYaml('[]\n', [gamma])))).toEqual([gamma])
  })

  it('writes site settings that validate, named after the archive', () => {
    const defaults = siteDefaultsFromTitles(['SOFA Weekly | 本周 QA', '（活动）SOFA Weekly | 精选', 'SOFA Weekly｜会议', 'Special Weekly | 兔年'])
    expect(defaults).toEqual({ name: 'SOFA Weekly', locale: 'zh-CN' })
    expect(siteSchema.parse(parse(defaultSiteYaml(defaults)))).toMatchObject({ name: 'SOFA Weekly', locale: 'zh-CN', nav: [{ label: '周报', href: '/weekly' }] })
    expect(siteSchema.parse(parse(defaultSiteYaml(siteDefaultsFromTitles(['Rust Weekly | Issue 1']))))).toMatchObject({ name: 'Rust Weekly', locale: 'en' })
  })
})
