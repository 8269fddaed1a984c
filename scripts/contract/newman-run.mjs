// Runs the Portman collection with newman for one role and prints one line of figures; the failed
// assertions go to OUT.json. (Newman's own JSON report keeps every body and outgrows a string.)
//   node newman-run.mjs TOOLS_DIR COLLECTION ROLE OUT.json name=value...
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const [tools, collection, role, out, ...variables] = process.argv.slice(2);
const newman = createRequire(`${process.cwd()}/${tools}/`)('newman');
const asVariables = (list) => list.map((pair) => ({ key: pair.slice(0, pair.indexOf('=')), value: pair.slice(pair.indexOf('=') + 1) }));
const environment = variables.filter((pair) => !pair.startsWith('default.'));
// Defaults sit below what the collection's scripts assign (globals have the lowest precedence).
const defaults = variables.filter((pair) => pair.startsWith('default.')).map((pair) => pair.slice('default.'.length));

const failures = [];
const statuses = {};
newman.run({ collection, envVar: asVariables(environment), globalVar: asVariables(defaults), reporters: [] })
  .on('request', (error, args) => {
    const code = error ? 'error' : `${Math.floor(args.response.code / 100)}xx`;
    statuses[code] = (statuses[code] ?? 0) + 1;
  })
  .on('assertion', (error, args) => {
    if (error) failures.push({ item: args.item.name, assertion: args.assertion, message: error.message.slice(0, 300) });
  })
  .on('done', (error, summary) => {
    if (error) { console.error(`newman ${role}: ${error}`); process.exit(1); }
    const stats = summary.run.stats;
    const own = failures.filter((failure) => failure.assertion.startsWith('[contract]')).length;
    writeFileSync(out, JSON.stringify({ role, stats, statuses, failures }, null, 1));
    console.log(`newman ${role}: ${stats.requests.total} requests (${Object.entries(statuses).map(([k, v]) => `${k} ${v}`).join(', ')}), `
      + `${stats.assertions.total} assertions, ${stats.assertions.failed} failed, of which ${own} a 5xx or a 4xx not problem+json`);
  });
