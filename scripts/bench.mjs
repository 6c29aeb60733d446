// `npm run bench`: runs every benchmark in bench/ (files ending in
// .bench.mjs or .bench.ts, TypeScript through tsx) one after another, so they
// do not compete for the two cores, and prints their figures. Each benchmark
// prints its own figures and, where it has one, the ratio to a baseline it
// measures in the same run. Pass a name fragment to run only some.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const only = process.argv[2]
const files = readdirSync(path.join(ROOT, 'bench'))
  .filter((f) => /\.bench\.(mjs|ts)$/.test(f) && (!only || f.includes(only)))
  .sort()

let failed = 0
for (const file of files) {
  console.log(`\n== ${file}`)
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', path.join(ROOT, 'bench', file)], { cwd: ROOT, stdio: 'inherit' })
  if (r.status !== 0) {
    failed++
    console.log(`!! ${file} exited with ${r.status}`)
  }
}
if (files.length === 0) console.log('no benchmarks found in bench/')
process.exit(failed ? 1 : 0)
