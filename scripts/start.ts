/**
 * `npm start`: builds the playbook from content/ (checking it first, and indexing it for search)
 * and serves it at http://localhost:4321/. Stop it with Ctrl+C.
 * For live editing without search, use `npm run dev`.
 */
import { spawnSync } from 'node:child_process';

const port = process.env.PORT ?? '4321';
const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
console.log(`\nServing the playbook at http://localhost:${port}/ (Ctrl+C to stop)\n`);
const serve = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--port', port], { stdio: 'inherit' });
process.exit(serve.status ?? 0);
