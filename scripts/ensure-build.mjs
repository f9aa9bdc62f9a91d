// Builds the production app (Next and the compiled server) when missing or older than the sources, so `npm test`
// needs no other step.
import { execSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const inputs = ['src', 'collections', 'globals', 'payload.config.ts', 'next.config.mjs', 'package-lock.json', 'tsconfig.json', 'scripts/build-server.mjs']
const skipped = new Set(['node_modules', '.next'])
const stamp = path.join(root, '.next', 'newsroom-source-hash')

function files(entry) {
  const full = path.join(root, entry)
  if (!existsSync(full)) return []
  if (statSync(full).isFile()) return [entry]
  return readdirSync(full)
    .filter((name) => !skipped.has(name))
    .flatMap((name) => files(path.join(entry, name)))
}

function sourceDigest() {
  const hash = createHash('sha256')
  for (const file of inputs.flatMap(files).sort()) hash.update(file).update(readFileSync(path.join(root, file)))
  return hash.digest('hex')
}
const digest = sourceDigest()

const built =
  existsSync(path.join(root, '.next', 'BUILD_ID')) &&
  existsSync(path.join(root, 'dist', 'server.mjs')) &&
  existsSync(path.join(root, 'dist', 'schema.graphql')) &&
  existsSync(stamp) &&
  readFileSync(stamp, 'utf8') === digest
if (built) {
  console.log('Production build is up to date.')
} else {
  console.log('Building the production app for the HTTP and browser suites…')
  try {
    execSync('npm run build', { cwd: root, stdio: 'inherit' })
  } catch {
    console.error('The production build failed (see above): the HTTP and browser suites need it.')
    process.exit(1)
  }
  // The build itself rewrites some inputs (tsconfig.json, the import map): stamp what it leaves behind.
  writeFileSync(stamp, sourceDigest())
}
