// SmqBot on Azure: an App Service (Linux, .NET 10) running the bot, the Azure Bot with its Teams channel, Cosmos DB for
// NoSQL (serverless) with every container the bot uses, a user-assigned managed identity that is both the bot's identity
// and its Cosmos DB data-plane role (no account key anywhere), a Key Vault for the certificate that encrypts the Data
// Protection key ring at rest (the identity reads it), and Application Insights over Log Analytics.
// Deploy: az deployment group create -g <group> -f infra/main.bicep -p infra/main.parameters.json

@description('A short name the resources are named from (letters and digits).')
@minLength(3)
@maxLength(16)
param resourceBaseName string = 'smqbot'

@description('Where the bot and its data live: the data is about people in Québec, so Canada by default.')
@allowed(['canadacentral', 'canadaeast'])
param location string = 'canadacentral'

@description('The App Service plan\'s SKU: B1 is enough for SMQ\'s programme (a few hundred people).')
@allowed(['B1', 'B2', 'S1', 'P0v3', 'P1v3'])
param appServiceSku string = 'B1'

@description('Cosmos DB capacity: serverless (pay per request, the default at this scale) or provisioned throughput.')
@allowed(['serverless', 'provisioned'])
param cosmosCapacity string = 'serverless'

@description('The database the containers are created in.')
param cosmosDatabaseName string = 'smqbot'

@description('The person in charge of personal information, as the cards name them (Law 25).')
param privacyOfficerName string = 'Société des musées du Québec'

@description('Their e-mail address, shown on the cards (optional).')
param privacyOfficerEmail string = ''

@description('Entra object ids or UPNs of SMQ staff, comma separated (more can be granted in the store).')
param staff string = ''

@description('The Key Vault certificate that encrypts the Data Protection key ring (create it once after provisioning: see the README).')
param keyRingCertificateName string = 'smqbot-keyring'

var suffix = uniqueString(resourceGroup().id)
var identityName = '${resourceBaseName}-id'
var planName = '${resourceBaseName}-plan'
var webAppName = '${resourceBaseName}-${suffix}'
var botName = '${resourceBaseName}-bot-${suffix}'
var cosmosName = toLower('${resourceBaseName}-cosmos-${suffix}')
var workspaceName = '${resourceBaseName}-logs'
var insightsName = '${resourceBaseName}-insights'
// Key Vault names: 3 to 24 letters, digits and hyphens, globally unique.
var vaultName = take(toLower('${resourceBaseName}-kv-${suffix}'), 24)
// Key Vault Secrets User: read secret values (a Key Vault certificate's PFX, with its private key, is its secret).
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'
// One container per aggregate, all partitioned by /pk (Data/Documents/ContainerNames.cs; a test checks they match).
var containers = [
  'people'
  'installations'
  'outbox'
  'cohorts'
  'participations'
  'accompaniments'
  'calls'
  'meetings'
  'invitations'
  'activities'
  'plans'
  'institutions'
  'keys'
  'leases'
  'privacy'
]
// Cosmos DB Built-in Data Contributor: read and write items, no key, no control plane.
var cosmosDataContributor = '00000000-0000-0000-0000-000000000002'
var staffList = empty(staff) ? [] : split(staff, ',')
var staffSettings = [for (member, i) in staffList: { name: 'Smq__Staff__${i}', value: trim(member) }]

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: identityName
  location: location
}

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: workspaceName
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: insightsName
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
  }
}

resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' = {
  name: cosmosName
  location: location
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    consistencyPolicy: { defaultConsistencyLevel: 'Session' }
    locations: [
      {
        locationName: location
        failoverPriority: 0
        isZoneRedundant: false
      }
    ]
    capabilities: cosmosCapacity == 'serverless' ? [{ name: 'EnableServerless' }] : []
    // Keys off: the bot authenticates with its managed identity only.
    disableLocalAuth: true
    minimalTlsVersion: 'Tls12'
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-11-15' = {
  parent: cosmos
  name: cosmosDatabaseName
  properties: {
    resource: { id: cosmosDatabaseName }
  }
}

resource cosmosContainers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-11-15' = [
  for name in containers: {
    parent: database
    name: name
    properties: {
      resource: {
        id: name
        partitionKey: {
          paths: ['/pk']
          kind: 'Hash'
        }
      }
    }
  }
]

resource cosmosRole 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-11-15' = {
  parent: cosmos
  name: guid(cosmos.id, identity.id, cosmosDataContributor)
  properties: {
    roleDefinitionId: '${cosmos.id}/sqlRoleDefinitions/${cosmosDataContributor}'
    principalId: identity.properties.principalId
    scope: cosmos.id
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: vaultName
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
  }
}

resource vaultRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, identity.id, keyVaultSecretsUser)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: planName
  location: location
  kind: 'linux'
  sku: { name: appServiceSku }
  properties: { reserved: true }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      healthCheckPath: '/healthz'
      appSettings: concat([
        { name: 'MicrosoftAppType', value: 'UserAssignedMSI' }
        { name: 'MicrosoftAppId', value: identity.properties.clientId }
        { name: 'MicrosoftAppTenantId', value: identity.properties.tenantId }
        // DefaultAzureCredential picks the user-assigned identity by this id (Cosmos DB, no key).
        { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
        { name: 'Cosmos__Endpoint', value: cosmos.properties.documentEndpoint }
        { name: 'Cosmos__Database', value: cosmosDatabaseName }
        { name: 'Smq__PublicUrl', value: 'https://${webAppName}.azurewebsites.net/' }
        { name: 'Privacy__OfficerName', value: privacyOfficerName }
        { name: 'Privacy__OfficerEmail', value: privacyOfficerEmail }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
        // The key ring's certificate, read with the identity (Key Vault Secrets User above).
        { name: 'DataProtection__KeyVaultUri', value: vault.properties.vaultUri }
        { name: 'DataProtection__CertificateName', value: keyRingCertificateName }
      ], staffSettings)
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  kind: 'azurebot'
  sku: { name: 'F0' }
  properties: {
    displayName: 'SmqBot'
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identity.properties.clientId
    msaAppTenantId: identity.properties.tenantId
    msaAppMSIResourceId: identity.id
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

output BOT_ID string = identity.properties.clientId
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output COSMOS_ENDPOINT string = cosmos.properties.documentEndpoint
output TEAMS_APP_TENANT_ID string = identity.properties.tenantId
output KEY_VAULT_NAME string = vault.name
