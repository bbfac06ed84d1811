import type { SecretRule } from '../engine/rule.js';
import { rule as adafruitIoKey } from './adafruit-io-key.js';
import { rule as ageSecretKey } from './age-secret-key.js';
import { rule as airtablePat } from './airtable-pat.js';
import { rule as algoliaAdminKey } from './algolia-admin-key.js';
import { rule as amqpConnectionString } from './amqp-connection-string.js';
import { rule as anthropicAdminApiKey } from './anthropic-admin-api-key.js';
import { rule as anthropicApiKey } from './anthropic-api-key.js';
import { rule as artifactoryApiKey } from './artifactory-api-key.js';
import { rule as assemblyaiApiKey } from './assemblyai-api-key.js';
import { rule as atlassianApiToken } from './atlassian-api-token.js';
import { rule as awsAccessKeyId } from './aws-access-key-id.js';
import { rule as awsBedrockApiKey } from './aws-bedrock-api-key.js';
import { rule as awsSecretAccessKey } from './aws-secret-access-key.js';
import { rule as awsSessionToken } from './aws-session-token.js';
import { rule as azureAdClientSecret } from './azure-ad-client-secret.js';
import { rule as azureDevopsPat } from './azure-devops-pat.js';
import { rule as azureSasToken } from './azure-sas-token.js';
import { rule as azureSharedAccessKey } from './azure-shared-access-key.js';
import { rule as azureStorageAccountKey } from './azure-storage-account-key.js';
import { rule as basicAuthBase64 } from './basic-auth-base64.js';
import { rule as basicAuthHeader } from './basic-auth-header.js';
import { rule as bearerTokenHeader } from './bearer-token-header.js';
import { rule as bitbucketAppPassword } from './bitbucket-app-password.js';
import { rule as bitbucketClientSecret } from './bitbucket-client-secret.js';
import { rule as braintreeAccessToken } from './braintree-access-token.js';
import { rule as buildkiteApiToken } from './buildkite-api-token.js';
import { rule as circleciPat } from './circleci-pat.js';
import { rule as clojarsApiToken } from './clojars-api-token.js';
import { rule as cloudflareApiToken } from './cloudflare-api-token.js';
import { rule as cloudflareGlobalApiKey } from './cloudflare-global-api-key.js';
import { rule as cloudflareOriginCaKey } from './cloudflare-origin-ca-key.js';
import { rule as codecovToken } from './codecov-token.js';
import { rule as cohereApiKey } from './cohere-api-key.js';
import { rule as contentfulDeliveryToken } from './contentful-delivery-token.js';
import { rule as cratesIoApiToken } from './crates-io-api-token.js';
import { rule as curlBasicAuth } from './curl-basic-auth.js';
import { rule as curlHeaderApiKey } from './curl-header-api-key.js';
import { rule as curlUserApiKey } from './curl-user-api-key.js';
import { rule as databricksApiToken } from './databricks-api-token.js';
import { rule as datadogApiKey } from './datadog-api-key.js';
import { rule as datadogAppKey } from './datadog-app-key.js';
import { rule as deepgramApiKey } from './deepgram-api-key.js';
import { rule as deepseekApiKey } from './deepseek-api-key.js';
import { rule as digitaloceanOauthToken } from './digitalocean-oauth-token.js';
import { rule as digitaloceanPat } from './digitalocean-pat.js';
import { rule as digitaloceanRefreshToken } from './digitalocean-refresh-token.js';
import { rule as discordBotToken } from './discord-bot-token.js';
import { rule as discordWebhookUrl } from './discord-webhook-url.js';
import { rule as dockerConfigAuth } from './docker-config-auth.js';
import { rule as dockerHubOrgToken } from './docker-hub-org-token.js';
import { rule as dockerHubPat } from './docker-hub-pat.js';
import { rule as dopplerToken } from './doppler-token.js';
import { rule as dropboxAccessToken } from './dropbox-access-token.js';
import { rule as duffelApiToken } from './duffel-api-token.js';
import { rule as dynatraceApiToken } from './dynatrace-api-token.js';
import { rule as easypostApiKey } from './easypost-api-key.js';
import { rule as elevenlabsApiKey } from './elevenlabs-api-key.js';
import { rule as facebookAccessToken } from './facebook-access-token.js';
import { rule as facebookAppAccessToken } from './facebook-app-access-token.js';
import { rule as facebookAppSecret } from './facebook-app-secret.js';
import { rule as fastlyApiToken } from './fastly-api-token.js';
import { rule as firebaseCloudMessagingKey } from './firebase-cloud-messaging-key.js';
import { rule as flutterwaveSecretKey } from './flutterwave-secret-key.js';
import { rule as flyioAccessToken } from './flyio-access-token.js';
import { rule as frameioApiToken } from './frameio-api-token.js';
import { rule as gcpServiceAccountKey } from './gcp-service-account-key.js';
import { rule as githubFineGrainedPat } from './github-fine-grained-pat.js';
import { rule as githubOauthToken } from './github-oauth-token.js';
import { rule as githubPat } from './github-pat.js';
import { rule as githubRefreshToken } from './github-refresh-token.js';
import { rule as githubServerToServerToken } from './github-server-to-server-token.js';
import { rule as githubUserToServerToken } from './github-user-to-server-token.js';
import { rule as gitlabAgentToken } from './gitlab-agent-token.js';
import { rule as gitlabCicdJobToken } from './gitlab-cicd-job-token.js';
import { rule as gitlabDeployToken } from './gitlab-deploy-token.js';
import { rule as gitlabFeedToken } from './gitlab-feed-token.js';
import { rule as gitlabIncomingMailToken } from './gitlab-incoming-mail-token.js';
import { rule as gitlabOauthAppSecret } from './gitlab-oauth-app-secret.js';
import { rule as gitlabPat } from './gitlab-pat.js';
import { rule as gitlabPipelineTriggerToken } from './gitlab-pipeline-trigger-token.js';
import { rule as gitlabRunnerRegistrationToken } from './gitlab-runner-registration-token.js';
import { rule as gitlabRunnerToken } from './gitlab-runner-token.js';
import { rule as gitlabScimToken } from './gitlab-scim-token.js';
import { rule as googleApiKey } from './google-api-key.js';
import { rule as googleOauthAccessToken } from './google-oauth-access-token.js';
import { rule as googleOauthClientSecret } from './google-oauth-client-secret.js';
import { rule as grafanaCloudApiToken } from './grafana-cloud-api-token.js';
import { rule as grafanaServiceAccountToken } from './grafana-service-account-token.js';
import { rule as groqApiKey } from './groq-api-key.js';
import { rule as harnessApiKey } from './harness-api-key.js';
import { rule as herokuApiKey } from './heroku-api-key.js';
import { rule as herokuApiKeyV2 } from './heroku-api-key-v2.js';
import { rule as hubspotApiKey } from './hubspot-api-key.js';
import { rule as hubspotPrivateAppToken } from './hubspot-private-app-token.js';
import { rule as huggingfaceAccessToken } from './huggingface-access-token.js';
import { rule as huggingfaceOrganizationToken } from './huggingface-organization-token.js';
import { rule as infracostApiKey } from './infracost-api-key.js';
import { rule as intra42ClientSecret } from './intra42-client-secret.js';
import { rule as jdbcConnectionPassword } from './jdbc-connection-password.js';
import { rule as jwt } from './jwt.js';
import { rule as jwtSignLiteralSecret } from './jwt-sign-literal-secret.js';
import { rule as jwtSigningSecret } from './jwt-signing-secret.js';
import { rule as kubernetesSecretData } from './kubernetes-secret-data.js';
import { rule as langsmithApiKey } from './langsmith-api-key.js';
import { rule as linearApiKey } from './linear-api-key.js';
import { rule as lobApiKey } from './lob-api-key.js';
import { rule as mailchimpApiKey } from './mailchimp-api-key.js';
import { rule as mailgunApiKey } from './mailgun-api-key.js';
import { rule as mandrillApiKey } from './mandrill-api-key.js';
import { rule as mapboxSecretToken } from './mapbox-secret-token.js';
import { rule as microsoftTeamsWebhookUrl } from './microsoft-teams-webhook-url.js';
import { rule as mistralApiKey } from './mistral-api-key.js';
import { rule as mongodbConnectionString } from './mongodb-connection-string.js';
import { rule as mysqlConnectionString } from './mysql-connection-string.js';
import { rule as netlifyAccessToken } from './netlify-access-token.js';
import { rule as netlifyPat } from './netlify-pat.js';
import { rule as newrelicBrowserApiKey } from './newrelic-browser-api-key.js';
import { rule as newrelicInsertKey } from './newrelic-insert-key.js';
import { rule as newrelicLicenseKey } from './newrelic-license-key.js';
import { rule as newrelicUserApiKey } from './newrelic-user-api-key.js';
import { rule as ngrokAuthtoken } from './ngrok-authtoken.js';
import { rule as notionApiToken } from './notion-api-token.js';
import { rule as notionLegacyToken } from './notion-legacy-token.js';
import { rule as npmAccessToken } from './npm-access-token.js';
import { rule as npmrcAuthToken } from './npmrc-auth-token.js';
import { rule as nugetApiKey } from './nuget-api-key.js';
import { rule as nugetConfigPassword } from './nuget-config-password.js';
import { rule as octopusDeployApiKey } from './octopus-deploy-api-key.js';
import { rule as oktaApiToken } from './okta-api-token.js';
import { rule as onepasswordSecretKey } from './onepassword-secret-key.js';
import { rule as onepasswordServiceAccountToken } from './onepassword-service-account-token.js';
import { rule as openaiApiKey } from './openai-api-key.js';
import { rule as openrouterApiKey } from './openrouter-api-key.js';
import { rule as openshiftUserToken } from './openshift-user-token.js';
import { rule as paypalClientSecret } from './paypal-client-secret.js';
import { rule as perplexityApiKey } from './perplexity-api-key.js';
import { rule as pineconeApiKey } from './pinecone-api-key.js';
import { rule as plaidSecret } from './plaid-secret.js';
import { rule as planetscalePassword } from './planetscale-password.js';
import { rule as planetscaleToken } from './planetscale-token.js';
import { rule as postgresConnectionString } from './postgres-connection-string.js';
import { rule as postmanApiKey } from './postman-api-key.js';
import { rule as postmarkServerToken } from './postmark-server-token.js';
import { rule as prefectApiKey } from './prefect-api-key.js';
import { rule as privateKey } from './private-key.js';
import { rule as pulumiAccessToken } from './pulumi-access-token.js';
import { rule as pypiTestUploadToken } from './pypi-test-upload-token.js';
import { rule as pypiUploadToken } from './pypi-upload-token.js';
import { rule as razorpayKeyId } from './razorpay-key-id.js';
import { rule as readmeApiKey } from './readme-api-key.js';
import { rule as redisConnectionString } from './redis-connection-string.js';
import { rule as replicateApiToken } from './replicate-api-token.js';
import { rule as rubygemsApiKey } from './rubygems-api-key.js';
import { rule as scalingoApiToken } from './scalingo-api-token.js';
import { rule as sendgridApiKey } from './sendgrid-api-key.js';
import { rule as sentryOrgToken } from './sentry-org-token.js';
import { rule as sentryUserToken } from './sentry-user-token.js';
import { rule as shippoApiToken } from './shippo-api-token.js';
import { rule as shopifyAccessToken } from './shopify-access-token.js';
import { rule as shopifyCustomAppToken } from './shopify-custom-app-token.js';
import { rule as shopifyPrivateAppToken } from './shopify-private-app-token.js';
import { rule as shopifySharedSecret } from './shopify-shared-secret.js';
import { rule as sidekiqEnterpriseCredentials } from './sidekiq-enterprise-credentials.js';
import { rule as sidekiqSensitiveUrl } from './sidekiq-sensitive-url.js';
import { rule as slackAppToken } from './slack-app-token.js';
import { rule as slackBotToken } from './slack-bot-token.js';
import { rule as slackConfigAccessToken } from './slack-config-access-token.js';
import { rule as slackConfigRefreshToken } from './slack-config-refresh-token.js';
import { rule as slackLegacyToken } from './slack-legacy-token.js';
import { rule as slackUserToken } from './slack-user-token.js';
import { rule as slackWebhookUrl } from './slack-webhook-url.js';
import { rule as snykApiToken } from './snyk-api-token.js';
import { rule as sonarqubeToken } from './sonarqube-token.js';
import { rule as sourcegraphAccessToken } from './sourcegraph-access-token.js';
import { rule as sourcegraphLegacyAccessToken } from './sourcegraph-legacy-access-token.js';
import { rule as squareAccessToken } from './square-access-token.js';
import { rule as squareLegacyAccessToken } from './square-legacy-access-token.js';
import { rule as squareOauthSecret } from './square-oauth-secret.js';
import { rule as stripeRestrictedKey } from './stripe-restricted-key.js';
import { rule as stripeSecretKey } from './stripe-secret-key.js';
import { rule as stripeTestSecretKey } from './stripe-test-secret-key.js';
import { rule as stripeWebhookSecret } from './stripe-webhook-secret.js';
import { rule as sumologicAccessId } from './sumologic-access-id.js';
import { rule as sumologicAccessKey } from './sumologic-access-key.js';
import { rule as supabaseAccessToken } from './supabase-access-token.js';
import { rule as supabaseSecretKey } from './supabase-secret-key.js';
import { rule as supabaseServiceRoleKey } from './supabase-service-role-key.js';
import { rule as tailscaleApiKey } from './tailscale-api-key.js';
import { rule as telegramBotToken } from './telegram-bot-token.js';
import { rule as terraformCloudToken } from './terraform-cloud-token.js';
import { rule as togetherApiKey } from './together-api-key.js';
import { rule as twilioApiKey } from './twilio-api-key.js';
import { rule as twilioAuthToken } from './twilio-auth-token.js';
import { rule as twitterBearerToken } from './twitter-bearer-token.js';
import { rule as typeformApiToken } from './typeform-api-token.js';
import { rule as urlBasicAuth } from './url-basic-auth.js';
import { rule as vaultBatchToken } from './vault-batch-token.js';
import { rule as vaultLegacyToken } from './vault-legacy-token.js';
import { rule as vaultServiceToken } from './vault-service-token.js';
import { rule as vercelToken } from './vercel-token.js';
import { rule as wandbApiKey } from './wandb-api-key.js';
import { rule as xaiApiKey } from './xai-api-key.js';
import { rule as genericApiKey } from './generic-api-key.js';
import { rule as genericPassword } from './generic-password.js';

/** Every secrets rule, listed explicitly (the id is the file name). Provider rules first; generic last. */
export const secretRules: readonly SecretRule[] = [
  adafruitIoKey,
  ageSecretKey,
  airtablePat,
  algoliaAdminKey,
  amqpConnectionString,
  anthropicAdminApiKey,
  anthropicApiKey,
  artifactoryApiKey,
  assemblyaiApiKey,
  atlassianApiToken,
  awsAccessKeyId,
  awsBedrockApiKey,
  awsSecretAccessKey,
  awsSessionToken,
  azureAdClientSecret,
  azureDevopsPat,
  azureSasToken,
  azureSharedAccessKey,
  azureStorageAccountKey,
  basicAuthBase64,
  basicAuthHeader,
  bearerTokenHeader,
  bitbucketAppPassword,
  bitbucketClientSecret,
  braintreeAccessToken,
  buildkiteApiToken,
  circleciPat,
  clojarsApiToken,
  cloudflareApiToken,
  cloudflareGlobalApiKey,
  cloudflareOriginCaKey,
  codecovToken,
  cohereApiKey,
  contentfulDeliveryToken,
  cratesIoApiToken,
  curlBasicAuth,
  curlHeaderApiKey,
  curlUserApiKey,
  databricksApiToken,
  datadogApiKey,
  datadogAppKey,
  deepgramApiKey,
  deepseekApiKey,
  digitaloceanOauthToken,
  digitaloceanPat,
  digitaloceanRefreshToken,
  discordBotToken,
  discordWebhookUrl,
  dockerConfigAuth,
  dockerHubOrgToken,
  dockerHubPat,
  dopplerToken,
  dropboxAccessToken,
  duffelApiToken,
  dynatraceApiToken,
  easypostApiKey,
  elevenlabsApiKey,
  facebookAccessToken,
  facebookAppAccessToken,
  facebookAppSecret,
  fastlyApiToken,
  firebaseCloudMessagingKey,
  flutterwaveSecretKey,
  flyioAccessToken,
  frameioApiToken,
  gcpServiceAccountKey,
  githubFineGrainedPat,
  githubOauthToken,
  githubPat,
  githubRefreshToken,
  githubServerToServerToken,
  githubUserToServerToken,
  gitlabAgentToken,
  gitlabCicdJobToken,
  gitlabDeployToken,
  gitlabFeedToken,
  gitlabIncomingMailToken,
  gitlabOauthAppSecret,
  gitlabPat,
  gitlabPipelineTriggerToken,
  gitlabRunnerRegistrationToken,
  gitlabRunnerToken,
  gitlabScimToken,
  googleApiKey,
  googleOauthAccessToken,
  googleOauthClientSecret,
  grafanaCloudApiToken,
  grafanaServiceAccountToken,
  groqApiKey,
  harnessApiKey,
  herokuApiKey,
  herokuApiKeyV2,
  hubspotApiKey,
  hubspotPrivateAppToken,
  huggingfaceAccessToken,
  huggingfaceOrganizationToken,
  infracostApiKey,
  intra42ClientSecret,
  jdbcConnectionPassword,
  jwt,
  jwtSignLiteralSecret,
  jwtSigningSecret,
  kubernetesSecretData,
  langsmithApiKey,
  linearApiKey,
  lobApiKey,
  mailchimpApiKey,
  mailgunApiKey,
  mandrillApiKey,
  mapboxSecretToken,
  microsoftTeamsWebhookUrl,
  mistralApiKey,
  mongodbConnectionString,
  mysqlConnectionString,
  netlifyAccessToken,
  netlifyPat,
  newrelicBrowserApiKey,
  newrelicInsertKey,
  newrelicLicenseKey,
  newrelicUserApiKey,
  ngrokAuthtoken,
  notionApiToken,
  notionLegacyToken,
  npmAccessToken,
  npmrcAuthToken,
  nugetApiKey,
  nugetConfigPassword,
  octopusDeployApiKey,
  oktaApiToken,
  onepasswordSecretKey,
  onepasswordServiceAccountToken,
  openaiApiKey,
  openrouterApiKey,
  openshiftUserToken,
  paypalClientSecret,
  perplexityApiKey,
  pineconeApiKey,
  plaidSecret,
  planetscalePassword,
  planetscaleToken,
  postgresConnectionString,
  postmanApiKey,
  postmarkServerToken,
  prefectApiKey,
  privateKey,
  pulumiAccessToken,
  pypiTestUploadToken,
  pypiUploadToken,
  razorpayKeyId,
  readmeApiKey,
  redisConnectionString,
  replicateApiToken,
  rubygemsApiKey,
  scalingoApiToken,
  sendgridApiKey,
  sentryOrgToken,
  sentryUserToken,
  shippoApiToken,
  shopifyAccessToken,
  shopifyCustomAppToken,
  shopifyPrivateAppToken,
  shopifySharedSecret,
  sidekiqEnterpriseCredentials,
  sidekiqSensitiveUrl,
  slackAppToken,
  slackBotToken,
  slackConfigAccessToken,
  slackConfigRefreshToken,
  slackLegacyToken,
  slackUserToken,
  slackWebhookUrl,
  snykApiToken,
  sonarqubeToken,
  sourcegraphAccessToken,
  sourcegraphLegacyAccessToken,
  squareAccessToken,
  squareLegacyAccessToken,
  squareOauthSecret,
  stripeRestrictedKey,
  stripeSecretKey,
  stripeTestSecretKey,
  stripeWebhookSecret,
  sumologicAccessId,
  sumologicAccessKey,
  supabaseAccessToken,
  supabaseSecretKey,
  supabaseServiceRoleKey,
  tailscaleApiKey,
  telegramBotToken,
  terraformCloudToken,
  togetherApiKey,
  twilioApiKey,
  twilioAuthToken,
  twitterBearerToken,
  typeformApiToken,
  urlBasicAuth,
  vaultBatchToken,
  vaultLegacyToken,
  vaultServiceToken,
  vercelToken,
  wandbApiKey,
  xaiApiKey,
  genericApiKey,
  genericPassword,
];
