// Lints OpenAPI documents with Spectral (spectral:oas, .spectral.yaml) and Redocly CLI (recommended,
// redocly.yaml), prints every problem found and, last, "lint-problems=N" (results of any severity).
//   node lint.mjs TOOLS_DIR FILE...
import { execFileSync } from 'node:child_process';

const [tools, ...files] = process.argv.slice(2);
let problems = 0;
function run(command, args) {
  try {
    return execFileSync(`${tools}/node_modules/.bin/${command}`, args, { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (failed) {
    // Both tools exit non-zero when they find problems; their report is still on stdout.
    if (failed.stdout) return failed.stdout;
    throw failed;
  }
}
for (const file of files) {
  const spectral = JSON.parse(run('spectral', ['lint', '--ruleset', '.spectral.yaml', '--format', 'json', '--quiet', file]) || '[]');
  for (const result of spectral) console.log(`spectral ${file}: ${result.code} at ${result.path.join('.')}: ${result.message}`);
  const redocly = JSON.parse(run('redocly', ['lint', '--config', 'redocly.yaml', '--format', 'json', file]));
  for (const problem of redocly.problems ?? []) {
    if (problem.ignored) continue;
    console.log(`redocly ${file}: ${problem.ruleId} (${problem.severity}) at ${problem.location?.[0]?.pointer}: ${problem.message}`);
  }
  const found = spectral.length + (redocly.totals?.errors ?? 0) + (redocly.totals?.warnings ?? 0);
  console.log(`lint ${file}: spectral ${spectral.length}, redocly ${redocly.totals?.errors ?? 0} errors ${redocly.totals?.warnings ?? 0} warnings`);
  problems += found;
}
console.log(`lint-problems=${problems}`);
