// Portman cannot convert a schema that contains itself (a content section's children are content
// sections). For the fuzzing only, the reference that closes each such cycle becomes "any object".
//   node portman-input.mjs IN.json OUT.json
import { readFileSync, writeFileSync } from 'node:fs';

const [input, output] = process.argv.slice(2);
const document = JSON.parse(readFileSync(input, 'utf8'));
const schemas = document.components?.schemas ?? {};
const prefix = '#/components/schemas/';

function visit(node, path) {
  if (Array.isArray(node)) { node.forEach((item) => visit(item, path)); return; }
  if (!node || typeof node !== 'object') return;
  if (typeof node.$ref === 'string' && node.$ref.startsWith(prefix)) {
    const name = node.$ref.slice(prefix.length);
    if (path.includes(name)) {
      delete node.$ref;
      node.type = 'object';
      return;
    }
    visit(schemas[name], [...path, name]);
  }
  for (const [key, value] of Object.entries(node)) if (key !== '$ref') visit(value, path);
}
for (const name of Object.keys(schemas)) visit(schemas[name], [name]);
writeFileSync(output, JSON.stringify(document, null, 1));
