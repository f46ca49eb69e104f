import type { Project } from '../content/schema'

/** `owner` and, for a repository, `repo` of a github.com URL; undefined for anything else. */
export function parseGitHubUrl(url: string): { owner: string; repo?: string } | undefined {
  const match = /^https?:\/\/(?:www\.)?github\.com\/([A-Za-z0-9][\w.-]*)(?:\/([\w.-]+))?/i.exec(url.trim())
  if (!match?.[1]) return undefined
  const repo = match[2]?.replace(/\.git$/i, '')
  return { owner: match[1], repo: repo || undefined }
}

/** A project id from a repository (or organisation) name: `sofastack/sofa-rpc` → `sofa-rpc`, `BabaSSL` → `babassl`. */
export function projectIdFrom(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

function normalizeRepoUrl(url: string): string {
  const parsed = parseGitHubUrl(url)
  if (!parsed) return url.trim().replace(/\/+$/, '').toLowerCase()
  return `https://github.com/${parsed.owner}${parsed.repo ? `/${parsed.repo}` : ''}`.toLowerCase()
}

function squash(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '')
}

/** A label as the archive writes it around a link (`「SOFARPC」`, `**MOSN**`), as a project name. */
export function cleanProjectLabel(label: string): string {
  return label.replace(/[「」【】*]/g, '').replace(/\s+/g, ' ').trim()
}

/**
 * The project registry as the importer grows it: the projects already in `projects.yaml`, plus those the archive
 * names that are not there yet. Ids come from the GitHub repository name, so importing the same archive twice
 * resolves every link to the same id.
 */
export class ProjectRegistry {
  private readonly projects: Project[]
  private readonly addedIds = new Set<string>()

  constructor(existing: readonly Project[] = []) {
    this.projects = [...existing]
  }

  get ids(): Set<string> {
    return new Set(this.projects.map((project) => project.id))
  }

  /** Projects added since the registry was loaded, in the order the archive first named them. */
  get added(): Project[] {
    return this.projects.filter((project) => this.addedIds.has(project.id))
  }

  get(id: string): Project | undefined {
    return this.projects.find((project) => project.id === id)
  }

  /** The id of a project the archive names by its label only (`Layotto`), if the registry knows it. */
  findByLabel(label: string): string | undefined {
    const wanted = cleanProjectLabel(label).toLowerCase()
    if (!wanted) return undefined
    return this.projects.find((project) => project.id === wanted || project.name.toLowerCase() === wanted)?.id
  }

  /**
   * The id of the project a GitHub URL belongs to (`…/mosn/layotto/issues/108` → `layotto`), adding the project
   * when the registry does not know it. Undefined for URLs that are not on GitHub.
   */
  resolveUrl(url: string, label?: string): string | undefined {
    const parsed = parseGitHubUrl(url)
    if (!parsed) return undefined
    const repoUrl = `https://github.com/${parsed.owner}${parsed.repo ? `/${parsed.repo}` : ''}`
    const known = this.projects.find((project) => normalizeRepoUrl(project.repo) === normalizeRepoUrl(repoUrl))
    if (known) return known.id

    const id = projectIdFrom(parsed.repo ?? parsed.owner)
    const sameId = this.get(id)
    // An organisation link (github.com/mosn) and its namesake repository (mosn/mosn) are one project, whichever the
    // archive names first; a repository of the same name under another owner is another project.
    const sameOwner = sameId && parseGitHubUrl(sameId.repo)?.owner.toLowerCase() === parsed.owner.toLowerCase()
    if (sameId && (!parsed.repo || sameOwner)) return sameId.id
    const uniqueId = sameId ? projectIdFrom(`${parsed.owner}-${parsed.repo ?? ''}`) : id
    if (!uniqueId) return undefined
    if (this.get(uniqueId)) return uniqueId

    const repoName = parsed.repo ?? parsed.owner
    // The archive's label gives the project's spelling (SOFARPC for sofa-rpc), when it names this repository: some
    // labels are copied from a neighbouring line and name another project.
    const cleaned = label ? cleanProjectLabel(label) : ''
    const name = cleaned && squash(cleaned) === squash(repoName) ? cleaned : repoName
    this.projects.push({ id: uniqueId, name, repo: repoUrl, description: `${parsed.owner}${parsed.repo ? `/${parsed.repo}` : ''} on GitHub` })
    this.addedIds.add(uniqueId)
    return uniqueId
  }
}
