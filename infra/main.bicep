// Tillit in Azure: Azure Bot (single tenant) + Container Apps + PostgreSQL
// flexible server + Key Vault + Log Analytics. Deployed by `atk provision` /
// `atk deploy` (m365agents.yml, parameters from infra/main.parameters.json),
// or by hand: az deployment group create -g RG -f infra/main.bicep -p @params.json
//
// Data: PostgreSQL, not SQLite on a volume. Container Apps volumes are Azure
// Files (SMB), where SQLite's file locking is unreliable, and a second replica
// would need a shared database anyway. PostgreSQL keeps backups (point in
// time, `postgresBackupRetentionDays`) and survives revisions and restarts.
//
// Secrets (bot app password, master key, link secret, the database URL with
// its password) are Key Vault secrets. The Container App reads them through
// its managed identity as Container Apps secrets (keyVaultUrl) and hands them
// to Tillit as environment variables by secretRef: no secret value is in an
// app setting, an output or the template.

targetScope = 'resourceGroup'

@minLength(4)
@maxLength(18)
@description('Prefix for every resource name (lowercase letters, digits, hyphens).')
param resourceBaseName string

@description('Region of everything but the bot (global). Sweden Central keeps the data in Sweden.')
param location string = resourceGroup().location

@description('The bot\'s Entra app (client) id: aadApp/create writes it as BOT_ID.')
param botAppId string

@description('The Entra tenant of the app registration (single tenant).')
param botTenantId string

@maxLength(42)
param botDisplayName string = 'Tillit'

@secure()
@description('Client secret of the bot\'s app registration (MICROSOFT_APP_PASSWORD).')
param botAppPassword string

@secure()
@description('TILLIT_MASTER_KEY: 32 random bytes, base64 or hex. It wraps every report\'s key: never replace it.')
param tillitMasterKey string

@secure()
@description('TILLIT_LINK_SECRET: at least 32 characters; signs report download links.')
param tillitLinkSecret string

@description('Administrator login of the PostgreSQL server.')
param postgresAdminLogin string = 'tillitadmin'

@secure()
@description('Administrator password of the PostgreSQL server.')
param postgresAdminPassword string

@description('PostgreSQL major version.')
param postgresVersion string = '16'

@description('PostgreSQL compute (Burstable B1ms is enough for one municipality).')
param postgresSkuName string = 'Standard_B1ms'

@allowed(['Burstable', 'GeneralPurpose', 'MemoryOptimized'])
param postgresSkuTier string = 'Burstable'

@minValue(7)
@maxValue(35)
param postgresBackupRetentionDays int = 14

@description('The image to run. Until the first deploy a public placeholder (mcr.microsoft.com/k8se/quickstart) that listens on port 80 and has no probes.')
param containerImage string

@description('TILLIT_BOT_SDK: the SDK that carries Teams traffic. New deployments run the Microsoft 365 Agents SDK (botbuilder support ended 31 December 2025).')
@allowed(['agents', 'botbuilder'])
param botSdk string = 'agents'

@description('More environment variables for Tillit, e.g. [{ name: \'TILLIT_REPORT_HANDLERS\', value: \'<object id>,<object id>\' }]. Never secrets.')
param extraEnvironment array = []

@description('Replicas of Tillit. Every replica shares one PostgreSQL: outbox leases, the tenant send budget, the proof-of-work load and spent challenges, batch claims and link revocations live there (README: Replicas).')
@minValue(1)
@maxValue(10)
param minReplicas int = 1

@minValue(1)
@maxValue(10)
param maxReplicas int = 3

@description('OTEL_EXPORTER_OTLP_ENDPOINT: an OpenTelemetry collector for traces and metrics (e.g. one that forwards to Application Insights). Empty: telemetry off.')
param otlpEndpoint string = ''

@description('Log retention in Log Analytics (days).')
param logRetentionDays int = 30

var tags = { application: 'tillit' }
var suffix = uniqueString(resourceGroup().id, resourceBaseName)
var isPlaceholderImage = startsWith(containerImage, 'mcr.microsoft.com/k8se/quickstart')
var tillitPort = 3978
var databaseName = 'tillit'
// Built-in role definitions.
var acrPullRoleId = '7f951dda-4ed3-4680-a7ca-43fe172d538d'
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${resourceBaseName}-logs'
  location: location
  tags: tags
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: logRetentionDays
  }
}

// The identity the Container App runs as: pulls the image, reads Key Vault.
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${resourceBaseName}-id'
  location: location
  tags: tags
}

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: take(replace('${resourceBaseName}${suffix}', '-', ''), 50)
  location: location
  tags: tags
  sku: { name: 'Basic' }
  properties: {
    adminUserEnabled: false
  }
}

resource registryPull 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(registry.id, identity.id, acrPullRoleId)
  scope: registry
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', acrPullRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: take('kv${replace(resourceBaseName, '-', '')}${suffix}', 24)
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    // The master key must never be lost: a deleted vault stays recoverable for 90 days.
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource vaultSecretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identity.id, keyVaultSecretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: '${resourceBaseName}-pg'
  location: location
  tags: tags
  sku: {
    name: postgresSkuName
    tier: postgresSkuTier
  }
  properties: {
    version: postgresVersion
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    authConfig: {
      activeDirectoryAuth: 'Disabled'
      passwordAuth: 'Enabled'
    }
    storage: {
      storageSizeGB: 32
      autoGrow: 'Enabled'
    }
    backup: {
      backupRetentionDays: postgresBackupRetentionDays
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: { mode: 'Disabled' }
    network: { publicNetworkAccess: 'Enabled' }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: postgres
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// 0.0.0.0 = connections from Azure services only (TLS and the password are
// still required). For a private network, replace with VNet integration.
resource postgresFromAzure 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: postgres
  name: 'AllowAzureServices'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource botPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'bot-app-password'
  properties: { value: botAppPassword, contentType: 'MICROSOFT_APP_PASSWORD' }
}

resource masterKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'tillit-master-key'
  properties: { value: tillitMasterKey, contentType: 'TILLIT_MASTER_KEY' }
}

resource linkSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'tillit-link-secret'
  properties: { value: tillitLinkSecret, contentType: 'TILLIT_LINK_SECRET' }
}

resource databaseUrlSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'database-url'
  properties: {
    value: 'postgres://${uriComponent(postgresAdminLogin)}:${uriComponent(postgresAdminPassword)}@${postgres.properties.fullyQualifiedDomainName}:5432/${database.name}?sslmode=verify-full'
    contentType: 'DATABASE_URL'
  }
}

resource environment 'Microsoft.App/managedEnvironments@2024-03-01' = {
  name: '${resourceBaseName}-env'
  location: location
  tags: tags
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: logs.properties.customerId
        sharedKey: logs.listKeys().primarySharedKey
      }
    }
  }
}

var appName = '${resourceBaseName}-app'
// A Container App's address is <name>.<environment's default domain>: known
// before the app exists, so PUBLIC_URL and the bot's endpoint need no cycle.
var appHost = '${appName}.${environment.properties.defaultDomain}'
var publicUrl = 'https://${appHost}'

// Container Apps secrets: references to Key Vault, read with the identity.
var vaultSecrets = [
  { name: 'bot-app-password', keyVaultUrl: botPasswordSecret.properties.secretUri, identity: identity.id }
  { name: 'tillit-master-key', keyVaultUrl: masterKeySecret.properties.secretUri, identity: identity.id }
  { name: 'tillit-link-secret', keyVaultUrl: linkSecret.properties.secretUri, identity: identity.id }
  { name: 'database-url', keyVaultUrl: databaseUrlSecret.properties.secretUri, identity: identity.id }
]

var tillitEnvironment = concat([
  { name: 'MICROSOFT_APP_ID', value: botAppId }
  { name: 'MICROSOFT_APP_TENANT_ID', value: botTenantId }
  { name: 'MICROSOFT_APP_TYPE', value: 'SingleTenant' }
  { name: 'MICROSOFT_APP_PASSWORD', secretRef: 'bot-app-password' }
  { name: 'TILLIT_MASTER_KEY', secretRef: 'tillit-master-key' }
  { name: 'TILLIT_LINK_SECRET', secretRef: 'tillit-link-secret' }
  { name: 'DATABASE_URL', secretRef: 'database-url' }
  { name: 'PUBLIC_URL', value: publicUrl }
  { name: 'PORT', value: string(tillitPort) }
  { name: 'TILLIT_BOT_SDK', value: botSdk }
], empty(otlpEndpoint) ? [] : [
  { name: 'OTEL_EXPORTER_OTLP_ENDPOINT', value: otlpEndpoint }
], extraEnvironment)

// /livez: the process is up. /readyz: database reachable, migrations current,
// keys loaded (traffic waits for it). /healthz stays for people and monitors.
var tillitProbes = [
  {
    type: 'Startup'
    httpGet: { path: '/livez', port: tillitPort }
    periodSeconds: 5
    failureThreshold: 30
  }
  {
    type: 'Liveness'
    httpGet: { path: '/livez', port: tillitPort }
    periodSeconds: 30
    failureThreshold: 3
  }
  {
    type: 'Readiness'
    httpGet: { path: '/readyz', port: tillitPort }
    periodSeconds: 10
    failureThreshold: 3
  }
]

resource app 'Microsoft.App/containerApps@2024-03-01' = {
  name: appName
  location: location
  tags: tags
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    managedEnvironmentId: environment.id
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: {
        external: true
        targetPort: isPlaceholderImage ? 80 : tillitPort
        transport: 'auto'
        allowInsecure: false
      }
      registries: [
        { server: registry.properties.loginServer, identity: identity.id }
      ]
      secrets: vaultSecrets
    }
    template: {
      containers: [
        {
          name: 'tillit'
          image: containerImage
          resources: { cpu: json('0.5'), memory: '1Gi' }
          env: isPlaceholderImage ? [] : tillitEnvironment
          probes: isPlaceholderImage ? [] : tillitProbes
        }
      ]
      // Replicas share everything that must hold across them through PostgreSQL.
      scale: { minReplicas: minReplicas, maxReplicas: max(minReplicas, maxReplicas) }
    }
  }
  dependsOn: [registryPull, vaultSecretsUser, postgresFromAzure]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${resourceBaseName}-bot'
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: { name: 'F0' }
  properties: {
    displayName: botDisplayName
    endpoint: '${publicUrl}/api/messages'
    msaAppId: botAppId
    msaAppTenantId: botTenantId
    msaAppType: 'SingleTenant'
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
  }
}

// Written to env/.env.<env> by the Agents Toolkit. Names and addresses only.
output BOT_DOMAIN string = appHost
output BOT_ENDPOINT string = publicUrl
output TILLIT_CONTAINER_APP_NAME string = app.name
output AZURE_CONTAINER_REGISTRY_NAME string = registry.name
output AZURE_CONTAINER_REGISTRY_LOGIN_SERVER string = registry.properties.loginServer
output TILLIT_KEY_VAULT_NAME string = vault.name
output TILLIT_POSTGRES_SERVER_NAME string = postgres.name
