// Compiles the express server (src/server.ts and everything it imports from this repository) into one JavaScript
// file, dist/server.mjs, so that production runs plain `node`: no TypeScript loader at start, and the signals an
// orchestrator sends reach the process that drains requests.
import { build } from 'esbuild'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')

await build({
  entryPoints: [path.join(root, 'src', 'server.ts')],
  outfile: path.join(root, 'dist', 'server.mjs'),
  bundle: true,
  // Packages stay in node_modules, loaded by Node as they are (the same single copy of Payload that Next uses).
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
})
