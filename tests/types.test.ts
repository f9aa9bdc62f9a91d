import { rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import ts from 'typescript'

/**
 * The exported types (`moroccotech-newsroom/types`) hold for both databases: the TypeScript compiler, not our
 * code, judges a front end's typical uses with SQLite's numeric ids and MongoDB's 24-hex strings.
 */
const root = path.resolve(import.meta.dirname, '..')
const mongoId = '6650f0c2a1b2c3d4e5f60718'

function diagnosticsOf(source: string): string[] {
  // A real file next to the tests, compiled with the project's own settings, as a front end's code would be.
  const file = path.join(root, 'tests', `types-probe-${process.pid}.ts`)
  // Payload's module first, as the generated types augment it.
  writeFileSync(file, `import type {} from 'payload'\n${source}`)
  try {
    const configFile = ts.readConfigFile(path.join(root, 'tsconfig.json'), ts.sys.readFile)
    const options = { ...ts.parseJsonConfigFileContent(configFile.config, ts.sys, root).options, noEmit: true, incremental: false }
    const program = ts.createProgram([file], options)
    return ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))
  } finally {
    rmSync(file, { force: true })
  }
}

describe('the exported types', () => {
  it('accept the ids either database gives, for documents and for references to them', () => {
    const probe = `
      import type { Article, LaunchEvent, Quote, AuditLog } from '../src/payload-types'
      const fromMongo: Article['id'] = '${mongoId}'
      const fromSqlite: Article['id'] = 12
      const section: Article['section'] = '${mongoId}'
      const authors: NonNullable<Article['authors']> = ['${mongoId}', 3]
      const hero: NonNullable<NonNullable<Article['hero']>['image']> = '${mongoId}'
      const speaker: Quote['speaker'] = '${mongoId}'
      const organisation: NonNullable<LaunchEvent['partners']>[number]['organisation'] = '${mongoId}'
      const who: AuditLog['user'] = '${mongoId}'
      export const all = [fromMongo, fromSqlite, section, authors, hero, speaker, organisation, who]
    `
    expect(diagnosticsOf(probe)).toEqual([])
  })

  it('still refuse what is not an id (the probe can fail)', () => {
    expect(diagnosticsOf(`import type { Article } from '../src/payload-types'\nexport const wrong: Article['id'] = true`)).not.toEqual([])
  })
})
