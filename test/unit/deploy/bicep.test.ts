import { describe, expect, it } from 'vitest';
import { envFile, placeholders, readRepoFile } from '../../helpers/agents-toolkit.js';

// No Bicep compiler installs offline (it is a .NET binary fetched from GitHub),
// so infra/main.bicep is checked as text: parameters, resources, outputs and
// where every secret goes.

type Param = { name: string; type: string; decorators: string[]; defaultValue?: string };
type Resource = { symbol: string; type: string; body: string };

const bicep = readRepoFile('infra/main.bicep');
/** The file without // comments (a `//` inside a 'string', as in https://, stays). */
function withoutComments(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      let inString = false;
      for (let i = 0; i < line.length; i++) {
        if (line[i] === '\\') i++;
        else if (line[i] === "'") inString = !inString;
        else if (!inString && line.startsWith('//', i)) return line.slice(0, i).trimEnd();
      }
      return line;
    })
    .join('\n');
}
const code = withoutComments(bicep);

function params(text: string): Param[] {
  const result: Param[] = [];
  let decorators: string[] = [];
  for (const line of text.split('\n').map((l) => l.trim())) {
    if (line.startsWith('@')) decorators.push(line);
    else if (line.startsWith('param ')) {
      const [, name = '', type = '', defaultValue] = /^param\s+(\w+)\s+(\w+)(?:\s*=\s*(.+))?$/.exec(line) ?? [];
      result.push({ name, type, decorators, defaultValue });
      decorators = [];
    } else if (line !== '') decorators = [];
  }
  return result;
}

/** Each `resource sym 'Type@version' = {…}` (or `= if (…) {…}`) with its body, braces matched. */
function resources(text: string): Resource[] {
  const result: Resource[] = [];
  for (const match of text.matchAll(/^resource\s+(\w+)\s+'([^'@]+)@[^']+'\s*=[^{]*\{/gm)) {
    let depth = 1;
    let i = match.index + match[0].length;
    while (depth > 0 && i < text.length) depth += text[i] === '{' ? 1 : text[i] === '}' ? -1 : 0, i++;
    result.push({ symbol: match[1]!, type: match[2]!, body: text.slice(match.index, i) });
  }
  return result;
}

const declared = params(code);
const declaredResources = resources(code);
const outputs = [...code.matchAll(/^output\s+(\w+)\s+\w+\s*=\s*(.+)$/gm)].map((m) => ({ name: m[1]!, value: m[2]! }));
const secretParams = ['botAppPassword', 'tillitMasterKey', 'tillitLinkSecret', 'postgresAdminPassword'];
const parameterFile = JSON.parse(readRepoFile('infra/main.parameters.json')) as { parameters: Record<string, { value: unknown }> };
const ofType = (type: string) => declaredResources.filter((r) => r.type === type);

describe('infra/main.bicep', () => {
  it('marks every secret parameter @secure() and gives none a default', () => {
    for (const name of secretParams) {
      const param = declared.find((p) => p.name === name);
      expect(param, name).toBeDefined();
      expect(param!.decorators, name).toContain('@secure()');
      expect(param!.defaultValue, name).toBeUndefined();
    }
    // …and nothing else that looks like a secret slips through without @secure().
    const unsecured = declared.filter((p) => /password|secret|key$/i.test(p.name) && !p.decorators.includes('@secure()'));
    expect(unsecured.map((p) => p.name)).toEqual([]);
    expect(declared.filter((p) => p.decorators.includes('@secure()') && p.defaultValue !== undefined)).toEqual([]);
  });

  it('has the parameters file give every parameter without a default, secrets only as toolkit placeholders', () => {
    const required = declared.filter((p) => p.defaultValue === undefined).map((p) => p.name);
    expect(Object.keys(parameterFile.parameters)).toEqual(expect.arrayContaining(required));
    for (const name of Object.keys(parameterFile.parameters)) expect(declared.map((p) => p.name), name).toContain(name);
    for (const name of secretParams) expect(parameterFile.parameters[name]!.value).toMatch(/^\$\{\{SECRET_[A-Z0-9_]+\}\}$/);
  });

  it('declares the Azure Bot (single tenant, Teams channel), Container Apps, PostgreSQL flexible server, Key Vault and Log Analytics', () => {
    for (const type of [
      'Microsoft.BotService/botServices',
      'Microsoft.BotService/botServices/channels',
      'Microsoft.App/managedEnvironments',
      'Microsoft.App/containerApps',
      'Microsoft.DBforPostgreSQL/flexibleServers',
      'Microsoft.DBforPostgreSQL/flexibleServers/databases',
      'Microsoft.KeyVault/vaults',
      'Microsoft.KeyVault/vaults/secrets',
      'Microsoft.OperationalInsights/workspaces',
      'Microsoft.ManagedIdentity/userAssignedIdentities',
      'Microsoft.ContainerRegistry/registries',
      'Microsoft.Authorization/roleAssignments',
    ]) {
      expect(ofType(type).length, type).toBeGreaterThan(0);
    }
    const bot = ofType('Microsoft.BotService/botServices')[0]!.body;
    expect(bot).toContain("msaAppType: 'SingleTenant'");
    expect(bot).toContain('msaAppTenantId: botTenantId');
    expect(bot).toMatch(/endpoint: '\$\{publicUrl\}\/api\/messages'/);
    expect(ofType('Microsoft.BotService/botServices/channels')[0]!.body).toContain("channelName: 'MsTeamsChannel'");
    expect(ofType('Microsoft.App/managedEnvironments')[0]!.body).toContain("destination: 'log-analytics'");
  });

  it('keeps the app password, master key, link secret and database URL in Key Vault, and nowhere else', () => {
    const vaultSecrets = ofType('Microsoft.KeyVault/vaults/secrets');
    const stored = new Map(vaultSecrets.map((s) => [/name: '([^']+)'/.exec(s.body)![1]!, s.body]));
    expect([...stored.keys()].sort()).toEqual(['bot-app-password', 'database-url', 'tillit-link-secret', 'tillit-master-key']);
    expect(stored.get('bot-app-password')).toContain('value: botAppPassword');
    expect(stored.get('tillit-master-key')).toContain('value: tillitMasterKey');
    expect(stored.get('tillit-link-secret')).toContain('value: tillitLinkSecret');
    expect(stored.get('database-url')).toContain('uriComponent(postgresAdminPassword)');
    // Where each secret parameter is used: its Key Vault secret (and the server's own admin password).
    for (const name of secretParams) {
      const users = declaredResources.filter((r) => new RegExp(`\\b${name}\\b`).test(r.body)).map((r) => r.type);
      expect(new Set(users), name).toEqual(
        new Set(name === 'postgresAdminPassword' ? ['Microsoft.KeyVault/vaults/secrets', 'Microsoft.DBforPostgreSQL/flexibleServers'] : ['Microsoft.KeyVault/vaults/secrets']),
      );
      expect(code.split('\n').filter((l) => new RegExp(`\\b${name}\\b`).test(l) && /^\s*(var|output)\b/.test(l)), name).toEqual([]);
    }
  });

  it('hands secrets to Tillit by secretRef to Key Vault references, never as plain values', () => {
    const app = ofType('Microsoft.App/containerApps')[0]!.body;
    expect(app).toContain('secrets: vaultSecrets');
    const vaultSecretsVar = /var vaultSecrets = \[([\s\S]*?)\n\]/.exec(code)![1]!;
    const entries = vaultSecretsVar.split('\n').filter((l) => l.includes('name:'));
    expect(entries).toHaveLength(4);
    for (const entry of entries) {
      expect(entry).toMatch(/keyVaultUrl: \w+\.properties\.secretUri, identity: identity\.id/);
      expect(entry).not.toMatch(/\bvalue:/);
    }
    const environment = /var tillitEnvironment = concat\(\[([\s\S]*?)\n\]/.exec(code)![1]!;
    for (const name of ['MICROSOFT_APP_PASSWORD', 'TILLIT_MASTER_KEY', 'TILLIT_LINK_SECRET', 'DATABASE_URL']) {
      expect(environment).toMatch(new RegExp(`\\{ name: '${name}', secretRef: '[a-z-]+' \\}`));
    }
    expect(environment).toContain("{ name: 'MICROSOFT_APP_TYPE', value: 'SingleTenant' }");
    // The identity may read the vault and pull the image: the role assignments exist.
    const roles = ofType('Microsoft.Authorization/roleAssignments').map((r) => r.body);
    expect(roles.some((r) => r.includes('keyVaultSecretsUserRoleId') && r.includes('scope: vault'))).toBe(true);
    expect(roles.some((r) => r.includes('acrPullRoleId') && r.includes('scope: registry'))).toBe(true);
  });

  it('scales to several replicas on the one PostgreSQL, and sends telemetry only when a collector is named', () => {
    const app = ofType('Microsoft.App/containerApps')[0]!.body;
    expect(app).toContain('scale: { minReplicas: minReplicas, maxReplicas: max(minReplicas, maxReplicas) }');
    expect(code).toMatch(/param maxReplicas int = 3\b/);
    expect(code).toMatch(/param otlpEndpoint string = ''/);
    expect(code).toContain("empty(otlpEndpoint) ? [] : [\n  { name: 'OTEL_EXPORTER_OTLP_ENDPOINT', value: otlpEndpoint }");
  });

  it('probes /livez for liveness and /readyz for readiness on Tillit’s port', () => {
    const probes = /var tillitProbes = \[([\s\S]*?)\n\]/.exec(code)![1]!;
    expect(probes).toMatch(/type: 'Liveness'\s+httpGet: \{ path: '\/livez', port: tillitPort \}/);
    expect(probes).toMatch(/type: 'Readiness'\s+httpGet: \{ path: '\/readyz', port: tillitPort \}/);
    expect(code).toContain('var tillitPort = 3978');
  });

  it('outputs only names and addresses, each listed in env/.env.dev for the toolkit to fill in', () => {
    const dev = envFile('env/.env.dev');
    for (const output of outputs) {
      expect(Object.keys(dev), output.name).toContain(output.name);
      expect(output.value).not.toMatch(/password|secret|key\b|listKeys|connectionString/i);
    }
    expect(outputs.map((o) => o.name)).toEqual(expect.arrayContaining(['BOT_DOMAIN', 'BOT_ENDPOINT', 'TILLIT_KEY_VAULT_NAME', 'AZURE_CONTAINER_REGISTRY_NAME']));
  });

  it('uses only toolkit variables the dev environment defines or secrets from env/.env.dev.user', () => {
    const dev = envFile('env/.env.dev');
    const used = placeholders(readRepoFile('infra/main.parameters.json'));
    expect(used.filter((v) => !v.startsWith('SECRET_') && !(v in dev))).toEqual([]);
  });
});
