import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { buildSchema, parse, validate } from 'graphql'

/**
 * The GraphQL schema front ends generate code from (`dist/schema.graphql`, written by `npm run build`), judged by
 * graphql-js: it builds, and every GraphQL example of the README is valid against it.
 */
const root = path.resolve(import.meta.dirname, '..')
const sdl = readFileSync(path.join(root, 'dist', 'schema.graphql'), 'utf8')
const examples = [...readFileSync(path.join(root, 'README.md'), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1] as string)

describe('the exported GraphQL schema', () => {
  const schema = buildSchema(sdl)

  it('builds, with the public queries and the workflow mutation', () => {
    expect(Object.keys(schema.getQueryType()?.getFields() ?? {})).toEqual(expect.arrayContaining(['Articles', 'Article', 'LaunchEvents', 'Sections', 'Quotes']))
    expect(Object.keys(schema.getMutationType()?.getFields() ?? {})).toEqual(expect.arrayContaining(['transitionDocument']))
  })

  it('accepts every GraphQL example of the README', () => {
    expect(examples.length).toBeGreaterThan(0)
    for (const example of examples) expect({ example, errors: validate(schema, parse(example)).map((error) => error.message) }).toEqual({ example, errors: [] })
  })

  it('refuses a query the schema does not have (the check can fail)', () => {
    expect(validate(schema, parse('{ Articles { docs { noSuchField } } }')).length).toBeGreaterThan(0)
  })
})
