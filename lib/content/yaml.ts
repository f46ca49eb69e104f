import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node as YamlNode } from 'yaml'
import { ZodObject, type z } from 'zod'

import { describeIssue, type Point, type ProblemList } from './problems'
import { checkDecodedText } from './text'

/**
 * Parses YAML text and validates it against a schema, reporting every problem at the line of the offending key.
 * YAML 1.2 core schema: `2022-05-27` stays a string (no silent Date conversion) and nothing is ever evaluated.
 * `lineOffset` is the number of file lines before the YAML text (for front matter inside an MDX file).
 */
export function parseYaml<Schema extends z.ZodType>(
  text: string,
  schema: Schema,
  problems: ProblemList,
  { lineOffset = 0, noun = 'field' }: { lineOffset?: number; noun?: string } = {},
): z.infer<Schema> | undefined {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, schema: 'core', prettyErrors: false, uniqueKeys: true })
  const pointAt = (offset: number): Point => {
    const { line, col } = lineCounter.linePos(offset)
    return { line: line + lineOffset, column: col }
  }

  if (doc.errors.length > 0) {
    for (const error of doc.errors) problems.error(pointAt(error.pos[0]), `invalid YAML: ${firstLine(error.message)}`)
    return undefined
  }

  // Aliases (`*name`) can multiply a small file into a huge value ("billion laughs"); content never needs them.
  let aliases = 0
  visit(doc, {
    Alias(_, node) {
      if (aliases++ === 0 && node.range) problems.error(pointAt(node.range[0]), `YAML aliases (*${node.source}) are not allowed in content; write the value out`)
    },
  })
  if (aliases > 0) return undefined
  // Escapes in quoted strings ("\u202e", "\x00") can write characters the file itself may not hold. Reported, and
  // the schema still checks the rest, so one run lists every problem; a value reported here is not reported twice.
  const forbiddenAt = new Set<string>()
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value !== 'string' || !node.range) return
      const at = pointAt(node.range[0])
      if (!checkDecodedText(node.value, at, 'value', problems)) forbiddenAt.add(`${at.line}:${at.column}`)
    },
  })

  const data: unknown = doc.toJS() ?? {}
  const result = schema.safeParse(data)
  if (result.success) return forbiddenAt.size > 0 ? undefined : result.data

  for (const issue of result.error.issues) {
    // An unknown key is reported at the key itself, not at the object holding it.
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path
    const node = nearestNode(doc, path)
    const at = node?.range ? pointAt(node.range[0]) : { line: lineOffset + 1, column: 1 }
    if (forbiddenAt.has(`${at.line}:${at.column}`)) continue
    let message = describeIssue(issue, toRecord(data), noun)
    if (issue.code === 'unrecognized_keys' && issue.path.length === 0 && schema instanceof ZodObject) {
      message += `; expected one of: ${Object.keys(schema.shape).join(', ')}`
    }
    problems.error(at, message)
  }
  return undefined
}

function nearestNode(doc: Document, path: readonly PropertyKey[]): YamlNode | undefined {
  for (let length = path.length; length > 0; length--) {
    const parent = length > 1 ? doc.getIn(path.slice(0, length - 1), true) : doc.contents
    const key = String(path[length - 1])
    // Point at the key, the line a maintainer must edit; for list items, at the item.
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === key)
      if (pair && isNode(pair.key)) return pair.key
    }
    if (isSeq(parent)) {
      const item: unknown = parent.items[Number(key)]
      if (isNode(item)) return item
    }
  }
  return isNode(doc.contents) ? doc.contents : undefined
}

function toRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {}
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message
}
