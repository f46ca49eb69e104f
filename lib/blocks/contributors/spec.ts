import { z } from 'zod'

import { githubLogin, nonEmpty, projectId, safeUrl } from '@/lib/content/schema'

import { component, num } from '../define'

export interface ContributorsBlock {
  banner?: { src: string; alt: string; width?: number; height?: number }
  people: Contributor[]
}

export interface Contributor {
  login: string
  name?: string
  project?: string
  contribution?: string
}

const pixels = (dimension: string, example: string) =>
  z.string().regex(/^\d+$/, { error: `expected a ${dimension} in pixels, such as "${example}"` })

const Contributor = component({
  props: z.strictObject({
    login: githubLogin,
    name: nonEmpty.optional(),
    project: projectId.optional(),
    contribution: nonEmpty.optional(),
  }),
  parents: ['Contributors'],
  children: 'none',
})

/** The contributor-of-the-week banner, and the people it features. */
export const contributorsSpecs = {
  Contributors: component({
    props: z.strictObject({
      banner: safeUrl.optional(),
      alt: nonEmpty.optional(),
      width: pixels('width', '1080').optional(),
      height: pixels('height', '540').optional(),
    }),
    parents: null,
    children: ['Contributor'],
    extract(props, element, { blocks, problems, at, children, read }) {
      const people = children(element, 'Contributor').flatMap((child) => {
        const person = read(child, Contributor)
        return person ? [person] : []
      })
      if (props.banner && !props.alt) {
        problems.error(at(element), '<Contributors> banner needs alt="…" describing who it features, for readers who cannot see it')
      }
      if (!props.banner && people.length === 0) {
        problems.error(at(element), '<Contributors> needs a banner="…" image or at least one <Contributor />')
      }
      blocks.contributors.push({
        banner: props.banner && props.alt ? { src: props.banner, alt: props.alt, width: num(props.width), height: num(props.height) } : undefined,
        people,
      })
    },
  }),
  Contributor,
}
