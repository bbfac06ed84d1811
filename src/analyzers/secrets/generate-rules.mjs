// Generates the table-driven secrets rules (rule file, doc, fixture per rule) from the compact
// specs below. Run after editing a spec: `node src/analyzers/secrets/generate-rules.mjs`.
// Hand-written rules (private-key, aws-secret-access-key, discord-bot-token, kubernetes-secret-data) are not touched; index.ts lists all.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const DIR = fileURLToPath(new URL('./rules', import.meta.url));
const rules = [];
const AL = { '[0-9A-Za-z_-]': 'BASE64URL', '[A-Za-z0-9_=-]': 'BASE64URL', '[A-Za-z0-9+/=]': 'ALNUM', '[A-Za-z0-9_.-]': 'BASE64URL', '[A-Za-z0-9_.=-]': 'BASE64URL', '[A-Za-z0-9]': 'ALNUM', '[a-f0-9]': 'HEX', '[0-9a-f]': 'HEX', '[A-Za-z0-9_-]': 'BASE64URL', '[A-Z0-9]': 'UPPER_NUM', '[a-z0-9]': 'LOWER_NUM', '[A-Za-z0-9+/]': 'BASE64', '[0-9]': 'DIGITS', '[A-Za-z]': 'ALPHA', '[a-fA-F0-9]': 'HEX', '[A-Z2-7]': 'BASE32', '[A-Za-z0-9_]': 'ALNUM' };
const lit = (src) => src.replace(/\\(.)/g, '$1');
// P: prefixed token
function P(name, title, provider, prefix, body, length, o = {}) {
  const alpha = o.alpha ?? AL[body];
  if (!alpha) throw new Error(name + ' alpha ' + body);
  const n = typeof length === 'number' ? length : o.fakeLen ?? length[0];
  const fake = o.fake ?? `seq(${JSON.stringify(lit(prefix))}, [${alpha}, ${n}]${o.suffixLit ? ', ' + JSON.stringify(o.suffixLit) : ''})`;
  rules.push({ kind: 'P', name, title, provider, prefix, body, length, o, fake });
}
function K(name, title, provider, names, value, fake, o = {}) { rules.push({ kind: 'K', name, title, provider, names, value, fake, o }); }
function R(name, title, provider, pattern, keywords, fake, o = {}) { rules.push({ kind: 'R', name, title, provider, pattern, keywords, fake, o }); }

// ---- AI providers
R('openai-api-key', 'OpenAI API key', 'OpenAI', '(?<![A-Za-z0-9_-])(?<secret>sk-(?:proj-|svcacct-|admin-)?(?<body>[A-Za-z0-9_-]{20,160}T3BlbkFJ[A-Za-z0-9_-]{20,160}))(?![A-Za-z0-9_-])', ['t3blbkfj'], "seq('sk-proj-', [BASE64URL, 58], 'T3BlbkFJ', [BASE64URL, 58])", { gitleaks: 'openai-api-key', env: 'OPENAI_API_KEY', verifier: 'openai' });
P('anthropic-api-key', 'Anthropic API key', 'Anthropic', 'sk-ant-api03-', '[A-Za-z0-9_-]', 93, { suffix: 'AA', suffixLit: 'AA', gitleaks: 'anthropic-api-key', env: 'ANTHROPIC_API_KEY', verifier: 'anthropic' });
P('anthropic-admin-api-key', 'Anthropic Admin API key', 'Anthropic', 'sk-ant-admin01-', '[A-Za-z0-9_-]', 93, { suffix: 'AA', suffixLit: 'AA', gitleaks: 'anthropic-admin-api-key', env: 'ANTHROPIC_ADMIN_KEY', verifier: 'anthropic' });
P('huggingface-access-token', 'Hugging Face access token', 'Hugging Face', 'hf_', '[A-Za-z]', 34, { gitleaks: 'huggingface-access-token', env: 'HF_TOKEN', minEntropy: 3.5 });
P('huggingface-organization-token', 'Hugging Face organization API token', 'Hugging Face', 'api_org_', '[A-Za-z]', 34, { gitleaks: 'huggingface-organization-api-token', env: 'HF_ORG_TOKEN', minEntropy: 3.5 });
P('groq-api-key', 'Groq API key', 'Groq', 'gsk_', '[A-Za-z0-9]', 52, { env: 'GROQ_API_KEY' });
P('replicate-api-token', 'Replicate API token', 'Replicate', 'r8_', '[A-Za-z0-9]', 37, { env: 'REPLICATE_API_TOKEN' });
P('perplexity-api-key', 'Perplexity API key', 'Perplexity', 'pplx-', '[A-Za-z0-9]', 48, { gitleaks: 'perplexity-api-key', env: 'PERPLEXITY_API_KEY' });
P('xai-api-key', 'xAI (Grok) API key', 'xAI', 'xai-', '[A-Za-z0-9]', 80, { env: 'XAI_API_KEY' });
P('openrouter-api-key', 'OpenRouter API key', 'OpenRouter', 'sk-or-v1-', '[a-f0-9]', 64, { env: 'OPENROUTER_API_KEY' });
P('langsmith-api-key', 'LangSmith API key', 'LangSmith', 'lsv2_(?:pt|sk)_', '[a-f0-9]', 32, { keywords: ['lsv2_'], suffix: '_[a-f0-9]{10}', fake: "seq('lsv2_pt_', [HEX, 32], '_', [HEX, 10])", env: 'LANGSMITH_API_KEY' });
K('cohere-api-key', 'Cohere API key', 'Cohere', ['cohere', 'co_api_key'], '[A-Za-z0-9]{40}', "seq([ALNUM, 40])", { gitleaks: 'cohere-api-token', env: 'COHERE_API_KEY' });
K('mistral-api-key', 'Mistral AI API key', 'Mistral AI', ['mistral'], '[A-Za-z0-9]{32}', "seq([ALNUM, 32])", { env: 'MISTRAL_API_KEY' });
K('deepseek-api-key', 'DeepSeek API key', 'DeepSeek', ['deepseek'], 'sk-[a-f0-9]{32}', "seq('sk-', [HEX, 32])", { env: 'DEEPSEEK_API_KEY' });
K('together-api-key', 'Together AI API key', 'Together AI', ['together'], '[a-f0-9]{64}', "seq([HEX, 64])", { env: 'TOGETHER_API_KEY' });
K('elevenlabs-api-key', 'ElevenLabs API key', 'ElevenLabs', ['elevenlabs', 'xi_api_key', 'xi-api-key'], '(?:sk_[a-f0-9]{48}|[a-f0-9]{32})', "seq('sk_', [HEX, 48])", { env: 'ELEVENLABS_API_KEY' });
K('pinecone-api-key', 'Pinecone API key', 'Pinecone', ['pinecone'], '(?:pcsk_[A-Za-z0-9_]{60,80}|[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})', "seq('pcsk_', [ALNUM, 5], '_', [ALNUM, 64])", { env: 'PINECONE_API_KEY' });
K('assemblyai-api-key', 'AssemblyAI API key', 'AssemblyAI', ['assemblyai', 'assembly_ai'], '[a-f0-9]{32}', "seq([HEX, 32])", { env: 'ASSEMBLYAI_API_KEY' });
K('deepgram-api-key', 'Deepgram API key', 'Deepgram', ['deepgram'], '[a-f0-9]{40}', "seq([HEX, 40])", { env: 'DEEPGRAM_API_KEY' });
K('wandb-api-key', 'Weights & Biases API key', 'Weights & Biases', ['wandb'], '[a-f0-9]{40}', "seq([HEX, 40])", { env: 'WANDB_API_KEY' });
R('google-api-key', 'Google API key (GCP, Gemini, Firebase)', 'Google Cloud', '(?<![A-Za-z0-9_-])(?<secret>AIza(?<body>[0-9A-Za-z_-]{35}))(?![A-Za-z0-9_-])', ['aiza'], "seq('AIzaSy', [BASE64URL, 33])", { gitleaks: 'gcp-api-key', env: 'GEMINI_API_KEY', minEntropy: 3.5 });

// ---- Code hosts
const ghCheck = "(s) => (githubChecksumOk(s) ? undefined : 'bad-checksum')";
for (const [n, t, p, g, env] of [
  ['github-pat', 'GitHub personal access token (classic)', 'ghp_', 'github-pat', 'GITHUB_TOKEN'],
  ['github-oauth-token', 'GitHub OAuth access token', 'gho_', 'github-oauth', 'GH_OAUTH_TOKEN'],
  ['github-user-to-server-token', 'GitHub App user-to-server token', 'ghu_', 'github-app-token', 'GH_APP_USER_TOKEN'],
  ['github-server-to-server-token', 'GitHub App installation token', 'ghs_', 'github-app-token', 'GH_APP_TOKEN'],
  ['github-refresh-token', 'GitHub refresh token', 'ghr_', 'github-refresh-token', 'GH_REFRESH_TOKEN'],
]) P(n, t, 'GitHub', p, '[A-Za-z0-9]', 36, { gitleaks: g, env, validate: ghCheck, checksum: p, verifier: 'github' });
P('github-fine-grained-pat', 'GitHub fine-grained personal access token', 'GitHub', 'github_pat_', '[A-Za-z0-9_]', 82, { fake: "seq('github_pat_', [ALNUM, 22], '_', [ALNUM, 59])", gitleaks: 'github-fine-grained-pat', env: 'GITHUB_PAT', verifier: 'github' });
P('gitlab-pat', 'GitLab personal access token', 'GitLab', 'glpat-', '[A-Za-z0-9_-]', [20, 200], { suffix: '(?:\\.[0-9a-z]{2}\\.[0-9a-z]{7,9})?', gitleaks: ['gitlab-pat', 'gitlab-pat-routable'], env: 'GITLAB_TOKEN' });
P('gitlab-pipeline-trigger-token', 'GitLab pipeline trigger token', 'GitLab', 'glptt-', '[A-Za-z0-9_-]', 40, { gitleaks: 'gitlab-ptt', env: 'GITLAB_TRIGGER_TOKEN' });
P('gitlab-runner-token', 'GitLab runner authentication token', 'GitLab', 'glrt-', '[A-Za-z0-9_-]', [20, 200], { suffix: '(?:\\.[0-9a-z]{2}\\.[0-9a-z]{7,9})?', gitleaks: ['gitlab-rrt', 'gitlab-runner-authentication-token-routable'], env: 'RUNNER_TOKEN' });
P('gitlab-runner-registration-token', 'GitLab runner registration token', 'GitLab', 'GR1348941', '[A-Za-z0-9_-]', [20, 50], { gitleaks: 'gitlab-rrt', env: 'REGISTRATION_TOKEN' });
P('gitlab-deploy-token', 'GitLab deploy token', 'GitLab', 'gldt-', '[A-Za-z0-9_-]', 20, { gitleaks: 'gitlab-deploy-token', env: 'GITLAB_DEPLOY_TOKEN' });
P('gitlab-feed-token', 'GitLab feed token', 'GitLab', 'glft-', '[A-Za-z0-9_-]', 20, { gitleaks: 'gitlab-feed-token', env: 'GITLAB_FEED_TOKEN' });
P('gitlab-oauth-app-secret', 'GitLab OAuth application secret', 'GitLab', 'gloas-', '[A-Za-z0-9_-]', 64, { gitleaks: 'gitlab-oauth-app-secret', env: 'GITLAB_APP_SECRET' });
P('gitlab-scim-token', 'GitLab SCIM token', 'GitLab', 'glsoat-', '[A-Za-z0-9_-]', [20, 50], { gitleaks: 'gitlab-scim-token', env: 'GITLAB_SCIM_TOKEN' });
P('gitlab-incoming-mail-token', 'GitLab incoming mail token', 'GitLab', 'glimt-', '[A-Za-z0-9_-]', 25, { gitleaks: 'gitlab-incoming-mail-token', env: 'GITLAB_MAIL_TOKEN' });
P('gitlab-agent-token', 'GitLab Kubernetes agent token', 'GitLab', 'glagent-', '[A-Za-z0-9_-]', [50, 120], { gitleaks: 'gitlab-kubernetes-agent-token', env: 'GITLAB_AGENT_TOKEN' });
P('gitlab-cicd-job-token', 'GitLab CI/CD job token', 'GitLab', 'glcbt-', '[A-Za-z0-9_-]', [20, 64], { keywords: ['glcbt-'], prefix2: true, fake: "seq('glcbt-', [BASE64URL, 24])", gitleaks: 'gitlab-cicd-job-token', env: 'CI_JOB_TOKEN' });
P('bitbucket-app-password', 'Bitbucket app password', 'Bitbucket', 'ATBB', '[A-Za-z0-9]', 32, { suffix: '[A-F0-9]{8}', suffixLit: '0A1B2C3D', env: 'BITBUCKET_APP_PASSWORD' });
K('bitbucket-client-secret', 'Bitbucket OAuth client secret', 'Bitbucket', ['bitbucket'], '[A-Za-z0-9_=-]{64}', "seq([BASE64URL, 64])", { gitleaks: 'bitbucket-client-secret', env: 'BITBUCKET_CLIENT_SECRET' });
P('atlassian-api-token', 'Atlassian API token (Jira, Confluence)', 'Atlassian', 'ATATT3', '[A-Za-z0-9_=-]', 186, { alpha: 'BASE64URL', gitleaks: 'atlassian-api-token', env: 'JIRA_API_TOKEN' });

// ---- Clouds
R('aws-access-key-id', 'AWS access key ID', 'AWS', '(?<![A-Za-z0-9])(?<secret>(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])(?<body>[A-Z2-7]{16}))(?![A-Za-z0-9])', ['akia', 'asia', 'abia', 'acca', 'a3t'], "seq('AKIA', [BASE32, 16])", { gitleaks: 'aws-access-token', env: 'AWS_ACCESS_KEY_ID', minEntropy: 3, confidence: 'medium', sev: 'high' });
P('aws-bedrock-api-key', 'Amazon Bedrock API key', 'AWS', 'ABSKQmVkcm9ja0FQSUtleS', '[A-Za-z0-9+/]', [100, 400], { suffix: '={0,2}', fakeLen: 120, gitleaks: 'aws-amazon-bedrock-api-key-long-lived', env: 'AWS_BEARER_TOKEN_BEDROCK' });
K('aws-session-token', 'AWS session token', 'AWS', ['aws_session_token', 'aws-session-token', 'awssessiontoken'], '[A-Za-z0-9/+=]{100,1200}', "seq('IQoJb3JpZ2luX2Vj', [BASE64, 300])", { env: 'AWS_SESSION_TOKEN', sev: 'high', minEntropy: 4 });
R('gcp-service-account-key', 'Google Cloud service account key', 'Google Cloud', '"private_key_id"\\s{0,4}:\\s{0,4}"(?<secret>[a-f0-9]{40})"', ['private_key_id'], "seq([HEX, 40])", { gitleaks: 'gcp-service-account', validate: "(_s, _m, c) => (c.text.includes('service_account') ? undefined : 'not-a-service-account')", ext: 'json', line: '{"type": "service_account", "private_key_id": "FAKE"}', okline: '{"type": "service_account", "private_key_id": "PLACEHOLDER"}' });
P('google-oauth-client-secret', 'Google OAuth client secret', 'Google Cloud', 'GOCSPX-', '[A-Za-z0-9_-]', 28, { env: 'GOOGLE_CLIENT_SECRET' });
P('google-oauth-access-token', 'Google OAuth access token', 'Google Cloud', 'ya29\\.', '[0-9A-Za-z_-]', [30, 300], { fakeLen: 120, env: 'GOOGLE_ACCESS_TOKEN', sev: 'medium' });
R('azure-storage-account-key', 'Azure storage account key', 'Azure', '[Aa]ccount[Kk]ey\\s{0,2}=\\s{0,2}(?<secret>[A-Za-z0-9+/]{86}==)', ['accountkey'], "seq([BASE64, 86], '==')", { env: 'AZURE_STORAGE_CONNECTION_STRING', line: 'AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=demo;AccountKey=FAKE;EndpointSuffix=core.windows.net"', minEntropy: 4 });
R('azure-shared-access-key', 'Azure Service Bus / Event Hubs shared access key', 'Azure', 'SharedAccessKey\\s{0,2}=\\s{0,2}(?<secret>[A-Za-z0-9+/]{43}=)', ['sharedaccesskey'], "seq([BASE64, 43], '=')", { env: 'SERVICEBUS_CONNECTION', line: 'SERVICEBUS_CONNECTION="Endpoint=sb://demo.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=FAKE"', minEntropy: 4 });
R('azure-sas-token', 'Azure shared access signature (SAS) token', 'Azure', '[?&]sig=(?<secret>[A-Za-z0-9%+/]{40,100}={0,2})(?![A-Za-z0-9%+/=])', ['sig='], "seq([ALNUM, 43], '%3D')", { validate: "(_s, m, c) => { const w = c.text.slice(Math.max(0, m.index - 400), m.index); return /[?&]sv=\\d{4}-\\d{2}-\\d{2}/.test(w) && /[?&](?:se|sp)=/.test(w) ? undefined : 'not-a-sas-url'; }", env: 'SAS_URL', line: 'SAS_URL="https://demo.blob.core.windows.net/c?sv=2022-11-02&ss=b&srt=sco&sp=rl&se=2030-01-01T00:00:00Z&sig=FAKE"', minEntropy: 4 });
R('azure-ad-client-secret', 'Azure AD (Entra ID) client secret', 'Azure', '(?<![A-Za-z0-9_~.-])(?<secret>[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])', ['q~'], "seq([ALNUM, 3], '8Q~', [ALNUM, 34])", { gitleaks: 'azure-ad-client-secret', env: 'AZURE_CLIENT_SECRET', minEntropy: 3.5 });
K('azure-devops-pat', 'Azure DevOps personal access token', 'Azure DevOps', ['azure_devops', 'azuredevops', 'ado_pat', 'azdo', 'devops_pat'], '(?:[a-z0-9]{52}|[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4})', "seq([LOWER_NUM, 52])", { env: 'AZURE_DEVOPS_PAT' });
P('digitalocean-pat', 'DigitalOcean personal access token', 'DigitalOcean', 'dop_v1_', '[a-f0-9]', 64, { gitleaks: 'digitalocean-pat', env: 'DIGITALOCEAN_TOKEN' });
P('digitalocean-oauth-token', 'DigitalOcean OAuth token', 'DigitalOcean', 'doo_v1_', '[a-f0-9]', 64, { gitleaks: 'digitalocean-access-token', env: 'DO_OAUTH_TOKEN' });
P('digitalocean-refresh-token', 'DigitalOcean refresh token', 'DigitalOcean', 'dor_v1_', '[a-f0-9]', 64, { gitleaks: 'digitalocean-refresh-token', env: 'DO_REFRESH_TOKEN' });
K('heroku-api-key', 'Heroku API key', 'Heroku', ['heroku'], '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}', 'uuid()', { gitleaks: 'heroku-api-key', env: 'HEROKU_API_KEY' });
P('heroku-api-key-v2', 'Heroku platform API key (HRKU)', 'Heroku', 'HRKU-AA', '[0-9A-Za-z_-]', 58, { gitleaks: 'heroku-api-key-v2', env: 'HEROKU_TOKEN' });
K('cloudflare-api-token', 'Cloudflare API token', 'Cloudflare', ['cloudflare', 'cf_api_token', 'cf_token'], '[A-Za-z0-9_-]{40}', "seq([BASE64URL, 40])", { gitleaks: 'cloudflare-api-key', env: 'CLOUDFLARE_API_TOKEN' });
K('cloudflare-global-api-key', 'Cloudflare global API key', 'Cloudflare', ['cloudflare', 'cf_api_key', 'cf_key'], '[a-f0-9]{37}', "seq([HEX, 37])", { gitleaks: 'cloudflare-global-api-key', env: 'CLOUDFLARE_GLOBAL_KEY' });
P('cloudflare-origin-ca-key', 'Cloudflare Origin CA key', 'Cloudflare', 'v1\\.0-', '[a-f0-9]', 24, { suffix: '-[a-f0-9]{146}', fake: "seq('v1.0-', [HEX, 24], '-', [HEX, 146])", gitleaks: 'cloudflare-origin-ca-key', env: 'CF_ORIGIN_CA_KEY' });
K('datadog-api-key', 'Datadog API key', 'Datadog', ['datadog', 'dd_api_key', 'dd-api-key'], '[a-f0-9]{32}', "seq([HEX, 32])", { gitleaks: 'datadog-access-token', env: 'DD_API_KEY' });
K('datadog-app-key', 'Datadog application key', 'Datadog', ['dd_app_key', 'dd_application_key', 'datadog_app', 'dd-application-key'], '[a-f0-9]{40}', "seq([HEX, 40])", { env: 'DD_APP_KEY' });
P('newrelic-user-api-key', 'New Relic user API key', 'New Relic', 'NRAK-', '[A-Z0-9]', 27, { gitleaks: 'new-relic-user-api-key', env: 'NEW_RELIC_API_KEY' });
P('newrelic-insert-key', 'New Relic insert key', 'New Relic', 'NRII-', '[A-Za-z0-9_-]', 32, { gitleaks: 'new-relic-insert-key', env: 'NEW_RELIC_INSERT_KEY' });
P('newrelic-browser-api-key', 'New Relic browser API token', 'New Relic', 'NRJS-', '[a-f0-9]', 19, { gitleaks: 'new-relic-browser-api-token', env: 'NEW_RELIC_BROWSER_KEY', sev: 'medium' });
K('newrelic-license-key', 'New Relic license key', 'New Relic', ['newrelic', 'new_relic', 'nr_license'], '[a-f0-9]{36}NRAL', "seq([HEX, 36], 'NRAL')", { env: 'NEW_RELIC_LICENSE_KEY' });
P('sentry-user-token', 'Sentry user auth token', 'Sentry', 'sntryu_', '[a-f0-9]', 64, { gitleaks: 'sentry-user-token', env: 'SENTRY_AUTH_TOKEN' });
P('sentry-org-token', 'Sentry organization auth token', 'Sentry', 'sntrys_eyJ', '[A-Za-z0-9+/=]', [60, 600], { suffix: '_[A-Za-z0-9+/]{43}', alpha: 'ALNUM', fakeLen: 120, fake: "seq('sntrys_eyJ', [ALNUM, 120], '_', [ALNUM, 43])", gitleaks: 'sentry-org-token', env: 'SENTRY_ORG_TOKEN' });
for (const [n, t, p] of [['shopify-access-token', 'Shopify access token', 'shpat_'], ['shopify-custom-app-token', 'Shopify custom app access token', 'shpca_'], ['shopify-private-app-token', 'Shopify private app access token', 'shppa_'], ['shopify-shared-secret', 'Shopify shared secret', 'shpss_']])
  P(n, t, 'Shopify', p, '[a-fA-F0-9]', 32, { alpha: 'HEX', gitleaks: n.replace('-token', '-access-token').replace('shopify-access-access-token', 'shopify-access-token'), env: 'SHOPIFY_TOKEN' });
P('linear-api-key', 'Linear API key', 'Linear', 'lin_api_', '[A-Za-z0-9]', 40, { gitleaks: 'linear-api-key', env: 'LINEAR_API_KEY' });
P('notion-api-token', 'Notion integration token', 'Notion', 'ntn_', '[0-9]', 11, { suffix: '(?<body>[A-Za-z0-9]{35})', fake: "seq('ntn_', [DIGITS, 11], [ALNUM, 35])", gitleaks: 'notion-api-token', env: 'NOTION_TOKEN' , minEntropy: 2});
K('notion-legacy-token', 'Notion integration token (legacy secret_)', 'Notion', ['notion'], 'secret_[A-Za-z0-9]{43}', "seq('secret_', [ALNUM, 43])", { env: 'NOTION_API_KEY' });
P('supabase-access-token', 'Supabase personal access token', 'Supabase', 'sbp_', '[a-f0-9]', 40, { env: 'SUPABASE_ACCESS_TOKEN' });
P('supabase-secret-key', 'Supabase secret API key', 'Supabase', 'sb_secret_', '[A-Za-z0-9_-]', [31, 64], { env: 'SUPABASE_SECRET_KEY' });
K('supabase-service-role-key', 'Supabase service_role JWT', 'Supabase', ['service_role', 'supabase_service', 'supabase_key'], 'eyJ[A-Za-z0-9_-]{10,200}\\.eyJ[A-Za-z0-9_-]{10,1000}\\.[A-Za-z0-9_-]{20,200}', "seq('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ', [BASE64URL, 80], '.', [BASE64URL, 43])", { env: 'SUPABASE_SERVICE_ROLE_KEY', minEntropy: 4 });
P('firebase-cloud-messaging-key', 'Firebase Cloud Messaging server key', 'Firebase', 'AAAA', '[A-Za-z0-9_-]', 7, { suffix: ':(?<body>[A-Za-z0-9_-]{140})', keywords: ['aaaa'], fake: "seq('AAAA', [BASE64URL, 7], ':APA91b', [BASE64URL, 134])", env: 'FCM_SERVER_KEY', minEntropy: 2 });
K('vercel-token', 'Vercel access token', 'Vercel', ['vercel'], '[A-Za-z0-9]{24}', "seq([ALNUM, 24])", { env: 'VERCEL_TOKEN' });
P('netlify-pat', 'Netlify personal access token', 'Netlify', 'nfp_', '[A-Za-z0-9]', 36, { env: 'NETLIFY_AUTH_TOKEN' });
K('netlify-access-token', 'Netlify access token (legacy)', 'Netlify', ['netlify'], '[A-Za-z0-9_-]{40,46}', "seq([BASE64URL, 43])", { gitleaks: 'netlify-access-token', env: 'NETLIFY_TOKEN' });
P('vault-service-token', 'HashiCorp Vault service token', 'HashiCorp Vault', 'hvs\\.', '[A-Za-z0-9_-]', [90, 120], { fakeLen: 95, gitleaks: 'vault-service-token', env: 'VAULT_TOKEN' });
P('vault-batch-token', 'HashiCorp Vault batch token', 'HashiCorp Vault', 'hvb\\.', '[A-Za-z0-9_-]', [138, 300], { fakeLen: 140, gitleaks: 'vault-batch-token', env: 'VAULT_BATCH_TOKEN' });
K('vault-legacy-token', 'HashiCorp Vault token (legacy s.)', 'HashiCorp Vault', ['vault', 'token'], 's\\.[A-Za-z0-9]{24}', "seq('s.', [ALNUM, 24])", { gitleaks: 'vault-service-token', env: 'VAULT_TOKEN', validate: "(s) => (/[a-z]/.test(s.slice(2)) && /[A-Z]/.test(s.slice(2)) && /[0-9]/.test(s.slice(2)) ? undefined : 'not-mixed-case')" });
R('terraform-cloud-token', 'Terraform Cloud / Enterprise API token', 'HashiCorp Terraform Cloud', '(?<![A-Za-z0-9])(?<secret>[A-Za-z0-9]{14}\\.atlasv1\\.(?<body>[A-Za-z0-9_=-]{60,70}))(?![A-Za-z0-9_=-])', ['atlasv1'], "seq([ALNUM, 14], '.atlasv1.', [BASE64URL, 67])", { gitleaks: 'hashicorp-tf-api-token', env: 'TFE_TOKEN' });

// ---- Registries
P('docker-hub-pat', 'Docker Hub personal access token', 'Docker Hub', 'dckr_pat_', '[A-Za-z0-9_-]', 27, { env: 'DOCKERHUB_TOKEN' });
P('docker-hub-org-token', 'Docker Hub organization access token', 'Docker Hub', 'dckr_oat_', '[A-Za-z0-9_-]', 32, { env: 'DOCKERHUB_ORG_TOKEN' });
R('docker-config-auth', 'Docker registry credentials in config.json', 'the container registry', '"auth"\\s{0,3}:\\s{0,3}"(?<secret>[A-Za-z0-9+/]{8,400}={0,2})"', ['"auth"'], "(r) => Buffer.from(`robot:${r.chars(ALNUM, 24)}`).toString('base64')", { validate: "(s) => { const d = Buffer.from(s, 'base64').toString('utf8'); return /^[\\x21-\\x7e]{1,200}:[\\x20-\\x7e]{4,}$/.test(d) ? undefined : 'not-user-colon-password'; }", ext: 'json', line: '{"auths": {"registry.example.io": {"auth": "FAKE"}}}', okline: '{"auths": {"registry.example.io": {"auth": "PLACEHOLDER"}}}', noPlaceholder: true, minEntropy: 3 });
P('npm-access-token', 'npm access token', 'npm', 'npm_', '[A-Za-z0-9]', 36, { gitleaks: 'npm-access-token', env: 'NPM_TOKEN', validate: "(s) => (npmChecksumOk(s) ? undefined : 'bad-checksum')", checksum: 'npm_' });
R('npmrc-auth-token', 'npm registry auth token in .npmrc', 'the npm registry', ':_auth(?:Token)?\\s{0,2}=\\s{0,2}(?<secret>[A-Za-z0-9_+/=.-]{20,200})(?![A-Za-z0-9_+/=.-])', [':_auth'], "seq([HEX, 8], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 12])", { ext: 'npmrc', line: '//registry.npmjs.org/:_authToken=FAKE', okline: '//registry.npmjs.org/:_authToken=${NPM_TOKEN}', minEntropy: 3, validate: "(s, m, c) => npmrcTokenReason(s, m, c.text)", notFlagged: 'Under a registry-scoped key (`//registry.npmjs.org/:_authToken=`) any UUID is a token, also a time-based (version 1) one: legacy npm tokens are UUIDs. Under a key npm would not read (`registry.npmjs.org/:`, `//host:`) a time-based UUID is taken for a generated id.' });
P('pypi-upload-token', 'PyPI upload token', 'PyPI', 'pypi-AgEIcHlwaS5vcmc', '[A-Za-z0-9_-]', [100, 400], { fakeLen: 150, gitleaks: 'pypi-upload-token', env: 'PYPI_TOKEN' });
P('pypi-test-upload-token', 'TestPyPI upload token', 'TestPyPI', 'pypi-AgENdGVzdC5weXBpLm9yZw', '[A-Za-z0-9_-]', [100, 400], { fakeLen: 150, env: 'TEST_PYPI_TOKEN', sev: 'medium' });
P('rubygems-api-key', 'RubyGems API key', 'RubyGems', 'rubygems_', '[a-f0-9]', 48, { gitleaks: 'rubygems-api-token', env: 'GEM_HOST_API_KEY' });
P('nuget-api-key', 'NuGet API key', 'NuGet', 'oy2', '[a-z0-9]', 43, { env: 'NUGET_API_KEY' });
R('nuget-config-password', 'Cleartext password in NuGet.config', 'the NuGet feed', '<add\\s{1,4}key\\s{0,2}=\\s{0,2}"(?:ClearText)?Password"\\s{1,4}value\\s{0,2}=\\s{0,2}"(?<secret>[^"]{4,200})"', ['password'], "seq([ALNUM, 20])", { flags: 'i', gitleaks: 'nuget-config-password', ext: 'config', line: '<add key="ClearTextPassword" value="FAKE" />', okline: '<add key="ClearTextPassword" value="%FEED_PASSWORD%" />', validate: "(s) => configPasswordReason(s)", noPlaceholder: true, minEntropy: 2.5 });
P('crates-io-api-token', 'crates.io API token', 'crates.io', 'cio', '[A-Za-z0-9]', 32, { env: 'CARGO_REGISTRY_TOKEN', minEntropy: 3.5 });
P('artifactory-api-key', 'JFrog Artifactory API key', 'JFrog Artifactory', 'AKCp', '[A-Za-z0-9]', 69, { gitleaks: 'artifactory-api-key', env: 'ARTIFACTORY_API_KEY' });
P('clojars-api-token', 'Clojars deploy token', 'Clojars', 'CLOJARS_', '[a-z0-9]', 60, { gitleaks: 'clojars-api-token', env: 'CLOJARS_TOKEN' });

// ---- Payments
P('stripe-secret-key', 'Stripe live secret key', 'Stripe', 'sk_(?:live|prod)_', '[A-Za-z0-9]', [24, 247], { keywords: ['sk_live_', 'sk_prod_'], fake: "seq('sk_live_', [ALNUM, 99])", gitleaks: 'stripe-access-token', env: 'STRIPE_SECRET_KEY', sev: 'critical', verifier: 'stripe' });
P('stripe-test-secret-key', 'Stripe test-mode secret key', 'Stripe', 'sk_test_', '[A-Za-z0-9]', [24, 247], { gitleaks: 'stripe-access-token', env: 'STRIPE_TEST_KEY', sev: 'medium', verifier: 'stripe' });
P('stripe-restricted-key', 'Stripe restricted key', 'Stripe', 'rk_(?:live|test|prod)_', '[A-Za-z0-9]', [24, 247], { keywords: ['rk_live_', 'rk_test_', 'rk_prod_'], fake: "seq('rk_live_', [ALNUM, 99])", gitleaks: 'stripe-access-token', env: 'STRIPE_RESTRICTED_KEY', verifier: 'stripe' });
P('stripe-webhook-secret', 'Stripe webhook signing secret', 'Stripe', 'whsec_', '[A-Za-z0-9]', [32, 64], { env: 'STRIPE_WEBHOOK_SECRET', sev: 'medium' });
R('braintree-access-token', 'PayPal Braintree access token', 'PayPal Braintree', '(?<secret>access_token\\$(?:production|sandbox)\\$[a-z0-9]{16}\\$(?<body>[a-f0-9]{32}))', ['access_token$'], "seq('access_token$production$', [LOWER_NUM, 16], '$', [HEX, 32])", { env: 'BRAINTREE_TOKEN' });
K('paypal-client-secret', 'PayPal REST client secret', 'PayPal', ['paypal'], '[A-Za-z0-9_-]{80}', "seq('E', [BASE64URL, 79])", { env: 'PAYPAL_CLIENT_SECRET' });
P('square-access-token', 'Square access token', 'Square', 'EAAA', '[A-Za-z0-9_-]', 60, { gitleaks: 'square-access-token', env: 'SQUARE_ACCESS_TOKEN' });
P('square-legacy-access-token', 'Square access token (legacy sq0atp)', 'Square', 'sq0atp-', '[A-Za-z0-9_-]', 22, { gitleaks: 'square-access-token', env: 'SQUARE_TOKEN' });
P('square-oauth-secret', 'Square OAuth application secret', 'Square', 'sq0csp-', '[A-Za-z0-9_-]', 43, { gitleaks: 'square-secret', env: 'SQUARE_APP_SECRET' });
P('razorpay-key-id', 'Razorpay live key id', 'Razorpay', 'rzp_live_', '[A-Za-z0-9]', 14, { env: 'RAZORPAY_KEY_ID', sev: 'medium' });
P('flutterwave-secret-key', 'Flutterwave secret key', 'Flutterwave', 'FLWSECK-', '[a-f0-9]', 32, { suffix: '-X', suffixLit: '-X', gitleaks: 'flutterwave-secret-key', env: 'FLW_SECRET_KEY' });
K('plaid-secret', 'Plaid API secret', 'Plaid', ['plaid'], '[a-f0-9]{30}', "seq([HEX, 30])", { gitleaks: 'plaid-secret-key', env: 'PLAID_SECRET' });
P('shippo-api-token', 'Shippo API token', 'Shippo', 'shippo_(?:live|test)_', '[a-f0-9]', 40, { keywords: ['shippo_'], fake: "seq('shippo_live_', [HEX, 40])", gitleaks: 'shippo-api-token', env: 'SHIPPO_TOKEN' });
P('easypost-api-key', 'EasyPost API key', 'EasyPost', 'EZ[AT]K', '[A-Za-z0-9]', 54, { keywords: ['ezak', 'eztk'], fake: "seq('EZAK', [ALNUM, 54])", gitleaks: 'easypost-api-token', env: 'EASYPOST_API_KEY' });

// ---- Messaging
P('slack-bot-token', 'Slack bot token', 'Slack', 'xoxb-', '[0-9]', [10, 13], { suffix: '-(?:[0-9]{10,13}-)?(?<body>[A-Za-z0-9]{18,34})', fake: "seq('xoxb-', [DIGITS, 12], '-', [DIGITS, 13], '-', [ALNUM, 24])", gitleaks: ['slack-bot-token', 'slack-legacy-bot-token'], env: 'SLACK_BOT_TOKEN', minEntropy: 2, verifier: 'slack' });
P('slack-user-token', 'Slack user token', 'Slack', 'xox[pe]-', '[0-9]', [10, 13], { keywords: ['xoxp-', 'xoxe-'], suffix: '-[0-9]{10,13}-[0-9]{10,13}-(?<body>[a-f0-9]{32})', fake: "seq('xoxp-', [DIGITS, 12], '-', [DIGITS, 12], '-', [DIGITS, 12], '-', [HEX, 32])", gitleaks: 'slack-user-token', env: 'SLACK_USER_TOKEN', minEntropy: 2, verifier: 'slack' });
P('slack-app-token', 'Slack app-level token', 'Slack', 'xapp-[0-9]-', '[A-Z0-9]', [9, 11], { keywords: ['xapp-'], suffix: '-[0-9]{13}-(?<body>[a-f0-9]{64})', fake: "seq('xapp-1-A', [UPPER_NUM, 10], '-', [DIGITS, 13], '-', [HEX, 64])", gitleaks: 'slack-app-token', env: 'SLACK_APP_TOKEN', minEntropy: 2 });
P('slack-config-access-token', 'Slack configuration access token', 'Slack', 'xoxe\\.xox[bp]-[0-9]-', '[A-Za-z0-9]', [140, 170], { keywords: ['xoxe.xox'], fake: "seq('xoxe.xoxp-1-', [ALNUM, 163])", gitleaks: 'slack-config-access-token', env: 'SLACK_CONFIG_TOKEN' });
P('slack-config-refresh-token', 'Slack configuration refresh token', 'Slack', 'xoxe-[0-9]-', '[A-Za-z0-9]', [140, 160], { keywords: ['xoxe-'], fake: "seq('xoxe-1-', [ALNUM, 146])", gitleaks: 'slack-config-refresh-token', env: 'SLACK_REFRESH_TOKEN' });
P('slack-legacy-token', 'Slack legacy token', 'Slack', 'xox[aboprs]-', '[0-9]', [1, 13], { keywords: ['xoxo-', 'xoxs-', 'xoxa-', 'xoxr-', 'xoxb-', 'xoxp-'], suffix: '(?:-[0-9]{1,13}){0,3}-(?<body>[A-Za-z0-9]{8,64})(?![A-Za-z0-9#*-])', fallback: true, fake: "seq('xoxs-', [DIGITS, 10], '-', [DIGITS, 10], '-', [DIGITS, 10], '-', [HEX, 32])", gitleaks: ['slack-legacy-token', 'slack-legacy-workspace-token'], env: 'SLACK_LEGACY_TOKEN', minEntropy: 0, validate: "(s) => { const ids = s.split('-').slice(1, -1); return ids.length >= 2 && new Set(ids).size === 1 ? 'repeated-ids' : undefined; }" });
R('slack-webhook-url', 'Slack incoming webhook URL', 'Slack', '(?<secret>https?://hooks\\.slack\\.com/(?:services|workflows|triggers)/(?<body>[A-Za-z0-9+/]{43,120}))(?![A-Za-z0-9+/])', ['hooks.slack.com'], "seq('https://hooks.slack.com/services/T', [UPPER_NUM, 8], '/B', [UPPER_NUM, 8], '/', [ALNUM, 24])", { gitleaks: 'slack-webhook-url', env: 'SLACK_WEBHOOK_URL' });
P('twilio-api-key', 'Twilio API key', 'Twilio', 'SK', '[0-9a-fA-F]', 32, { alpha: 'HEX', keywords: ['sk'], gitleaks: 'twilio-api-key', env: 'TWILIO_API_KEY', minEntropy: 3.2 });
K('twilio-auth-token', 'Twilio auth token', 'Twilio', ['twilio'], '[a-f0-9]{32}', "seq([HEX, 32])", { env: 'TWILIO_AUTH_TOKEN' });
R('sendgrid-api-key', 'SendGrid API key', 'SendGrid', '(?<![A-Za-z0-9_-])(?<secret>SG\\.(?<body>[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}))(?![A-Za-z0-9_-])', ['sg.'], "seq('SG.', [BASE64URL, 22], '.', [BASE64URL, 43])", { gitleaks: 'sendgrid-api-token', env: 'SENDGRID_API_KEY' });
K('mailgun-api-key', 'Mailgun API key', 'Mailgun', ['mailgun'], '(?:key-[a-f0-9]{32}|[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8})', "seq('key-', [HEX, 32])", { gitleaks: 'mailgun-private-api-token', env: 'MAILGUN_API_KEY' });
R('mailchimp-api-key', 'Mailchimp API key', 'Mailchimp', '(?<![A-Za-z0-9])(?<secret>(?<body>[a-f0-9]{32})-us[0-9]{1,2})(?![A-Za-z0-9])', ['-us'], "seq([HEX, 32], '-us14')", { gitleaks: 'mailchimp-api-key', env: 'MAILCHIMP_API_KEY' });
K('postmark-server-token', 'Postmark server token', 'Postmark', ['postmark'], '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}', 'uuid()', { env: 'POSTMARK_SERVER_TOKEN' });
K('mandrill-api-key', 'Mailchimp Transactional (Mandrill) API key', 'Mandrill', ['mandrill'], '(?:md-)?[A-Za-z0-9_-]{22}', "seq('md-', [BASE64URL, 22])", { env: 'MANDRILL_API_KEY' });
R('discord-webhook-url', 'Discord webhook URL', 'Discord', '(?<secret>https://(?:ptb\\.|canary\\.)?discord(?:app)?\\.com/api/webhooks/[0-9]{17,20}/(?<body>[A-Za-z0-9_-]{60,72}))(?![A-Za-z0-9_-])', ['discord.com/api/webhooks', 'discordapp.com/api/webhooks'], "seq('https://discord.com/api/webhooks/', [DIGITS, 19], '/', [BASE64URL, 68])", { env: 'DISCORD_WEBHOOK_URL' });
R('telegram-bot-token', 'Telegram bot token', 'Telegram', '(?<![A-Za-z0-9])(?<secret>[0-9]{8,10}:AA(?<body>[A-Za-z0-9_-]{33}))(?![A-Za-z0-9_-])', [':aa'], "seq([DIGITS, 10], ':AA', [BASE64URL, 33])", { gitleaks: 'telegram-bot-api-token', env: 'TELEGRAM_BOT_TOKEN' });
R('microsoft-teams-webhook-url', 'Microsoft Teams incoming webhook URL', 'Microsoft Teams', '(?<secret>https://[a-z0-9-]{1,63}\\.webhook\\.office\\.com/webhookb2/[a-f0-9-]{36}@[a-f0-9-]{36}/IncomingWebhook/(?<body>[a-f0-9]{32})/[a-f0-9-]{36})', ['webhook.office.com'], "seq('https://contoso.webhook.office.com/webhookb2/', [HEX, 8], '-1111-4222-8333-', [HEX, 12], '@', [HEX, 8], '-1111-4222-8333-', [HEX, 12], '/IncomingWebhook/', [HEX, 32], '/', [HEX, 8], '-1111-4222-8333-', [HEX, 12])", { gitleaks: 'microsoft-teams-webhook', env: 'TEAMS_WEBHOOK_URL' });
R('facebook-access-token', 'Facebook / Meta access token', 'Meta', '(?<![A-Za-z0-9])(?<secret>EAA[MC](?<body>[A-Za-z0-9]{100,250}))(?![A-Za-z0-9])', ['eaam', 'eaac'], "seq('EAAM', [ALNUM, 160])", { gitleaks: ['facebook-page-access-token', 'facebook-access-token'], env: 'FB_ACCESS_TOKEN' });
R('facebook-app-access-token', 'Facebook app access token (app id|secret)', 'Meta', '(?<![0-9])(?<secret>[0-9]{15,16}\\|(?<body>[A-Za-z0-9_-]{27}))(?![A-Za-z0-9_-])', ['facebook', 'fb_', 'graph.facebook'], "seq('1', [DIGITS, 15], '|', [BASE64URL, 27])", { gitleaks: 'facebook-access-token', env: 'FACEBOOK_APP_TOKEN', line: 'facebook_app_token = FAKE' });
R('twitter-bearer-token', 'X (Twitter) API bearer token', 'X (Twitter)', '(?<![A-Za-z0-9%])(?<secret>A{21}(?<body>[A-Za-z0-9%]{30,120}))(?![A-Za-z0-9%])', ['aaaaaaaaaaaaaaaaaaaaa'], "seq('AAAAAAAAAAAAAAAAAAAAA', [UPPER_NUM, 1], [ALNUM, 90])", { gitleaks: 'twitter-bearer-token', env: 'TWITTER_BEARER_TOKEN' });

K('facebook-app-secret', 'Facebook / Meta app secret', 'Meta', ['facebook', 'fb_app_secret', 'fb_secret'], '[a-f0-9]{32}', "seq([HEX, 32])", { gitleaks: 'facebook-secret', env: 'FACEBOOK_APP_SECRET' });
// ---- Infra / SaaS
P('intra42-client-secret', '42 Intra API client secret', '42 (Intra)', 's-s4t2(?:ud|af)-', '[a-f0-9]', 64, { keywords: ['s-s4t2ud-', 's-s4t2af-'], fake: "seq('s-s4t2ud-', [HEX, 64])", gitleaks: 'intra42-client-secret', env: 'FT_CLIENT_SECRET' });
K('sumologic-access-id', 'Sumo Logic access ID', 'Sumo Logic', ['sumologic', 'sumo_'], 'su[A-Za-z0-9]{12}', "seq('su', [ALNUM, 12])", { gitleaks: 'sumologic-access-id', env: 'SUMOLOGIC_ACCESSID', validate: "(s) => (/[0-9]/.test(s) || /[A-Z]/.test(s.slice(2)) ? undefined : 'word-like')" });
K('sumologic-access-key', 'Sumo Logic access key', 'Sumo Logic', ['sumologic', 'sumo_'], '[A-Za-z0-9]{64}', "seq([ALNUM, 64])", { gitleaks: 'sumologic-access-token', env: 'SUMOLOGIC_ACCESSKEY', minEntropy: 4 });
K('okta-api-token', 'Okta API token', 'Okta', ['okta'], '00[A-Za-z0-9_-]{40}', "seq('00', [BASE64URL, 40])", { gitleaks: 'okta-access-token', env: 'OKTA_API_TOKEN', minEntropy: 3.5 });
P('dynatrace-api-token', 'Dynatrace API token', 'Dynatrace', 'dt0c01\\.', '[A-Z0-9]', 24, { suffix: '\\.(?<body>[A-Z0-9]{64})', fake: "seq('dt0c01.', [UPPER_NUM, 24], '.', [UPPER_NUM, 64])", gitleaks: 'dynatrace-api-token', env: 'DT_API_TOKEN' });
K('snyk-api-token', 'Snyk API token', 'Snyk', ['snyk'], '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}', 'uuid()', { gitleaks: 'snyk-api-token', env: 'SNYK_TOKEN' });
P('sonarqube-token', 'SonarQube / SonarCloud token', 'SonarQube', '(?:squ|sqp|sqa)_', '[a-f0-9]', 40, { keywords: ['squ_', 'sqp_', 'sqa_'], fake: "seq('squ_', [HEX, 40])", gitleaks: 'sonar-api-token', env: 'SONAR_TOKEN' });
K('sourcegraph-legacy-access-token', 'Sourcegraph access token (legacy, unprefixed)', 'Sourcegraph', ['sourcegraph', 'src_access_token'], '[a-fA-F0-9]{40}', "seq([HEX, 40])", { gitleaks: 'sourcegraph-access-token', env: 'SRC_ACCESS_TOKEN', validate: "(s, m) => (/sha|commit|rev|hash|digest|version|ref/i.test(m[0].slice(0, m[0].length - s.length)) ? 'digest-name' : undefined)" });
P('sourcegraph-access-token', 'Sourcegraph access token', 'Sourcegraph', 'sgp_(?:[a-fA-F0-9]{16}_|local_)?', '[a-fA-F0-9]', 40, { alpha: 'HEX', keywords: ['sgp_'], fake: "seq('sgp_', [HEX, 16], '_', [HEX, 40])", gitleaks: 'sourcegraph-access-token', env: 'SRC_ACCESS_TOKEN' });
P('openshift-user-token', 'OpenShift user token', 'OpenShift', 'sha256~', '[A-Za-z0-9_-]', 43, { gitleaks: 'openshift-user-token', env: 'OC_TOKEN' });
P('databricks-api-token', 'Databricks personal access token', 'Databricks', 'dapi', '[a-f0-9]', 32, { suffix: '(?:-[0-9])?', gitleaks: 'databricks-api-token', env: 'DATABRICKS_TOKEN' });
K('algolia-admin-key', 'Algolia admin API key', 'Algolia', ['algolia'], '[a-f0-9]{32}', "seq([HEX, 32])", { gitleaks: 'algolia-api-key', env: 'ALGOLIA_ADMIN_KEY' });
R('mapbox-secret-token', 'Mapbox secret access token', 'Mapbox', '(?<![A-Za-z0-9_-])(?<secret>sk\\.eyJ(?<body>[A-Za-z0-9_-]{50,300})\\.[A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])', ['sk.eyj'], "seq('sk.eyJ1Ijoi', [BASE64URL, 60], '.', [BASE64URL, 22])", { gitleaks: 'mapbox-api-token', env: 'MAPBOX_SECRET_TOKEN' });
P('prefect-api-key', 'Prefect API key', 'Prefect', 'pnu_', '[A-Za-z0-9]', 36, { gitleaks: 'prefect-api-token', env: 'PREFECT_API_KEY' });
P('readme-api-key', 'ReadMe API key', 'ReadMe', 'rdme_', '[a-z0-9]', 70, { gitleaks: 'readme-api-token', env: 'README_API_KEY' });
P('infracost-api-key', 'Infracost API key', 'Infracost', 'ico-', '[A-Za-z0-9]', 32, { gitleaks: 'infracost-api-token', env: 'INFRACOST_API_KEY', minEntropy: 3.5 });
P('scalingo-api-token', 'Scalingo API token', 'Scalingo', 'tk-us-', '[A-Za-z0-9_-]', 48, { gitleaks: 'scalingo-api-token', env: 'SCALINGO_API_TOKEN' });
P('octopus-deploy-api-key', 'Octopus Deploy API key', 'Octopus Deploy', 'API-', '[A-Z0-9]', 26, { gitleaks: 'octopus-deploy-api-key', env: 'OCTOPUS_API_KEY', minEntropy: 3.5, validate: "(s) => (/[0-9]/.test(s.slice(4)) ? undefined : 'no-digits')" });
P('duffel-api-token', 'Duffel API token', 'Duffel', 'duffel_(?:test|live)_', '[A-Za-z0-9_=-]', 43, { alpha: 'BASE64URL', keywords: ['duffel_'], fake: "seq('duffel_live_', [BASE64URL, 43])", gitleaks: 'duffel-api-token', env: 'DUFFEL_TOKEN' });
P('frameio-api-token', 'Frame.io API token', 'Frame.io', 'fio-u-', '[A-Za-z0-9_=-]', 64, { alpha: 'BASE64URL', gitleaks: 'frameio-api-token', env: 'FRAMEIO_TOKEN' });
R('harness-api-key', 'Harness API key', 'Harness', '(?<![A-Za-z0-9])(?<secret>(?:pat|sat)\\.[A-Za-z0-9_-]{22}\\.(?<body>[0-9a-f]{24})\\.[A-Za-z0-9]{20})(?![A-Za-z0-9])', ['pat.', 'sat.'], "seq('pat.', [BASE64URL, 22], '.', [HEX, 24], '.', [ALNUM, 20])", { gitleaks: 'harness-api-key', env: 'HARNESS_API_KEY' });
P('tailscale-api-key', 'Tailscale key', 'Tailscale', 'tskey-(?:api|auth|client|scim|webhook)-', '[A-Za-z0-9]', [10, 20], { keywords: ['tskey-'], suffix: '-(?<body>[A-Za-z0-9]{30,40})', fake: "seq('tskey-api-k', [ALNUM, 12], '-', [ALNUM, 32])", env: 'TS_AUTHKEY' });
P('circleci-pat', 'CircleCI personal API token', 'CircleCI', 'CCIPAT_', '[A-Za-z0-9]', 22, { suffix: '_(?<body>[a-f0-9]{40})', fake: "seq('CCIPAT_', [ALNUM, 22], '_', [HEX, 40])", env: 'CIRCLECI_TOKEN' });
P('buildkite-api-token', 'Buildkite API access token', 'Buildkite', 'bkua_', '[a-f0-9]', 40, { env: 'BUILDKITE_API_TOKEN' });
K('codecov-token', 'Codecov upload token', 'Codecov', ['codecov'], '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}', 'uuid()', { env: 'CODECOV_TOKEN', sev: 'medium' });
P('airtable-pat', 'Airtable personal access token', 'Airtable', 'pat', '[A-Za-z0-9]', 14, { suffix: '\\.(?<body>[a-f0-9]{64})', fake: "seq('pat', [ALNUM, 14], '.', [HEX, 64])", gitleaks: 'airtable-api-key', env: 'AIRTABLE_TOKEN', minEntropy: 2.5 });
P('typeform-api-token', 'Typeform personal access token', 'Typeform', 'tfp_', '[A-Za-z0-9_.=-]', 59, { alpha: 'BASE64URL', gitleaks: 'typeform-api-token', env: 'TYPEFORM_TOKEN' });
P('hubspot-private-app-token', 'HubSpot private app access token', 'HubSpot', 'pat-(?:na|eu)1-', '[a-f0-9]', 8, { keywords: ['pat-na1-', 'pat-eu1-'], suffix: '-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}', fake: "seq('pat-na1-', [HEX, 8], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 12])", gitleaks: 'hubspot-api-key', env: 'HUBSPOT_TOKEN', minEntropy: 2.5 });
K('hubspot-api-key', 'HubSpot API key (legacy hapikey)', 'HubSpot', ['hubspot', 'hapikey'], '[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}', 'uuid()', { gitleaks: 'hubspot-api-key', env: 'HUBSPOT_API_KEY' });
K('fastly-api-token', 'Fastly API token', 'Fastly', ['fastly'], '[A-Za-z0-9_-]{32}', "seq([BASE64URL, 32])", { gitleaks: 'fastly-api-token', env: 'FASTLY_API_TOKEN' });
P('pulumi-access-token', 'Pulumi access token', 'Pulumi', 'pul-', '[a-f0-9]', 40, { gitleaks: 'pulumi-api-token', env: 'PULUMI_ACCESS_TOKEN' });
P('doppler-token', 'Doppler service token', 'Doppler', 'dp\\.(?:pt|st|sa|ct|scim|audit)\\.', '[A-Za-z0-9]', [40, 44], { keywords: ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'], fake: "seq('dp.st.', [ALNUM, 43])", gitleaks: 'doppler-api-token', env: 'DOPPLER_TOKEN' });
P('postman-api-key', 'Postman API key', 'Postman', 'PMAK-', '[a-f0-9]', 24, { suffix: '-(?<body>[a-f0-9]{34})', fake: "seq('PMAK-', [HEX, 24], '-', [HEX, 34])", gitleaks: 'postman-api-token', env: 'POSTMAN_API_KEY' });
P('grafana-cloud-api-token', 'Grafana Cloud API token', 'Grafana Cloud', 'glc_', '[A-Za-z0-9+/]', [32, 400], { suffix: '={0,2}', fakeLen: 120, gitleaks: 'grafana-cloud-api-token', env: 'GRAFANA_CLOUD_TOKEN' });
P('grafana-service-account-token', 'Grafana service account token', 'Grafana', 'glsa_', '[A-Za-z0-9]', 32, { suffix: '_[A-Fa-f0-9]{8}', fake: "seq('glsa_', [ALNUM, 32], '_', [HEX, 8])", gitleaks: 'grafana-service-account-token', env: 'GRAFANA_TOKEN' });
R('flyio-access-token', 'Fly.io access token', 'Fly.io', '(?<![A-Za-z0-9_])(?<secret>(?:fo1_[A-Za-z0-9_-]{43}|fm[12][ar]?_(?<body>[A-Za-z0-9+/]{100,}={0,3})))(?![A-Za-z0-9_+/=-])', ['fo1_', 'fm1', 'fm2'], "seq('fo1_', [BASE64URL, 43])", { gitleaks: 'flyio-access-token', env: 'FLY_API_TOKEN', minEntropy: 3.5 });
P('planetscale-token', 'PlanetScale service token', 'PlanetScale', 'pscale_tkn_', '[A-Za-z0-9_.-]', [32, 64], { alpha: 'BASE64URL', fakeLen: 43, gitleaks: 'planetscale-api-token', env: 'PLANETSCALE_TOKEN' });
P('planetscale-password', 'PlanetScale database password', 'PlanetScale', 'pscale_pw_', '[A-Za-z0-9_.-]', [32, 64], { alpha: 'BASE64URL', fakeLen: 43, gitleaks: 'planetscale-password', env: 'DATABASE_PASSWORD' });
P('age-secret-key', 'age encryption secret key', 'age', 'AGE-SECRET-KEY-1', '[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]', 58, { alpha: "'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L'", gitleaks: 'age-secret-key', env: 'SOPS_AGE_KEY' });
P('onepassword-service-account-token', '1Password service account token', '1Password', 'ops_eyJ', '[A-Za-z0-9+/]', [250, 2000], { suffix: '={0,3}', fakeLen: 300, gitleaks: '1password-service-account-token', env: 'OP_SERVICE_ACCOUNT_TOKEN' });
R('onepassword-secret-key', '1Password account secret key', '1Password', '(?<![A-Za-z0-9-])(?<secret>A3-(?<body>[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}))(?![A-Za-z0-9-])', ['a3-'], "seq('A3-', [UPPER_NUM, 6], '-', [UPPER_NUM, 11], '-', [UPPER_NUM, 5], '-', [UPPER_NUM, 5], '-', [UPPER_NUM, 5])", { gitleaks: '1password-secret-key', env: 'OP_SECRET_KEY' });
P('dropbox-access-token', 'Dropbox access token', 'Dropbox', 'sl\\.', '[A-Za-z0-9_-]', [130, 1400], { keywords: ['sl.'], fakeLen: 138, gitleaks: 'dropbox-short-lived-api-token', env: 'DROPBOX_TOKEN', minEntropy: 4 });
P('contentful-delivery-token', 'Contentful personal access token', 'Contentful', 'CFPAT-', '[A-Za-z0-9_-]', 43, { gitleaks: 'contentful-delivery-api-token', env: 'CONTENTFUL_MANAGEMENT_TOKEN' });
P('adafruit-io-key', 'Adafruit IO key', 'Adafruit IO', 'aio_', '[A-Za-z0-9]', 28, { gitleaks: 'adafruit-api-key', env: 'ADAFRUIT_IO_KEY' });
P('lob-api-key', 'Lob API key', 'Lob', '(?:live|test)_', '[a-f0-9]', 35, { keywords: ['live_', 'test_'], fake: "seq('live_', [HEX, 35])", gitleaks: 'lob-api-key', env: 'LOB_API_KEY', minEntropy: 3.3 });
P('ngrok-authtoken', 'ngrok authtoken', 'ngrok', '', '[A-Za-z0-9]', 27, { keywords: ['ngrok'], suffix: '_[A-Za-z0-9]{21}', prefixNone: true, fake: "seq('2', [ALNUM, 26], '_', [ALNUM, 21])", env: 'NGROK_AUTHTOKEN', validate: "(_s, m, c) => (/ngrok/i.test(c.text.slice(Math.max(0, m.index - 120), m.index)) ? undefined : 'no-ngrok-context')" });

// ---- JWT, URLs
R('jwt', 'JSON Web Token', 'the issuing service', '(?<![A-Za-z0-9_-])(?<secret>eyJ(?<body>[A-Za-z0-9_-]{10,2000}\\.eyJ[A-Za-z0-9_-]{4,8000}(?:\\.[A-Za-z0-9_-]{16,2000})?))(?![A-Za-z0-9_.-])', ['eyj'], "(r) => `${Buffer.from('{\"alg\":\"HS256\",\"typ\":\"JWT\"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: r.chars(DIGITS, 10), iat: 1700000000, role: 'admin' })).toString('base64url')}.${r.chars(BASE64URL, 43)}`", { gitleaks: 'jwt', env: 'AUTH_TOKEN', sev: 'medium', confidence: 'medium', validate: "(s) => jwtReason(s)", minEntropy: 3 });
K('jwt-signing-secret', 'Hard-coded JWT signing secret', 'every service that trusts these tokens', ['jwt_secret', 'jwtsecret', 'jwt_key', 'jwt_signing_key', 'jwt_private_key', 'secret_key_base', 'token_secret'], '[^\\s"\'`]{8,200}', "seq([ALNUM, 32])", { cwe: ['CWE-798', 'CWE-321'], env: 'JWT_SECRET', what: 'A JWT signing secret', sev: 'high', validate: "(s, m, c) => genericValueReason(s, /[\"'`]$/.test(m[0].slice(0, m[0].length - s.length)), 'jwt_secret', c, { minLength: 8, minEntropy: 3, minClasses: 2 })", minEntropy: 0 });
R('jwt-sign-literal-secret', 'JWT signed with a literal secret', 'every service that trusts these tokens', 'jwt\\.sign\\([^,)]{1,200},\\s{0,4}["\'`](?<secret>[^"\'`\\s]{6,200})["\'`]', ['jwt.sign('], "seq([ALNUM, 24])", { cwe: ['CWE-798', 'CWE-321'], what: 'A JWT signing secret', ext: 'js', line: "const token = jwt.sign({ sub: user.id }, 'FAKE');", okline: 'const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET);', validate: "(s) => placeholderReason(s)", noPlaceholder: true, minEntropy: 2.5 });
const urlRule = (name, title, provider, schemes, kw, fakeHost, o = {}) => R(name, title, provider, `(?<![A-Za-z0-9+.-])(?:${schemes})://(?<user>[^\\s:@/"'<>\`]{0,80}):(?<secret>[^\\s:@/"'<>\`]{3,128})@[A-Za-z0-9._-]{1,253}`, kw, `(r) => \`${fakeHost.split('SECRET')[0]}\${r.chars(ALNUM, 20)}${fakeHost.split('SECRET')[1]}\``, { env: 'DATABASE_URL', validate: "(s) => urlPasswordReason(s)", noPlaceholder: true, confidence: 'high', gitleaks: o.gitleaks, ...o });
urlRule('postgres-connection-string', 'PostgreSQL connection string with password', 'the PostgreSQL database', 'postgres(?:ql)?(?:\\+[a-z0-9]{1,20})?', ['postgres'], 'postgres://app:SECRET@db.internal:5432/app');
urlRule('mysql-connection-string', 'MySQL connection string with password', 'the MySQL database', 'mysql(?:\\+[a-z0-9]{1,20})?|mariadb', ['mysql', 'mariadb'], 'mysql://root:SECRET@10.0.0.5:3306/shop');
urlRule('mongodb-connection-string', 'MongoDB connection string with password', 'the MongoDB cluster', 'mongodb(?:\\+srv)?', ['mongodb'], 'mongodb+srv://admin:SECRET@cluster0.abcde.mongodb.net/prod');
urlRule('redis-connection-string', 'Redis connection string with password', 'the Redis server', 'rediss?', ['redis'], 'redis://:SECRET@cache.internal:6379/0');
urlRule('amqp-connection-string', 'AMQP (RabbitMQ) connection string with password', 'the message broker', 'amqps?', ['amqp'], 'amqp://svc:SECRET@mq.internal:5672/vhost');
urlRule('url-basic-auth', 'Credentials in an HTTP/FTP URL', 'the server in the URL', 'https?|ftps?|sftp|ssh|git|smtps?|ldaps?', ['http', 'ftp', 'ssh', 'git', 'smtp', 'ldap'], 'https://deploy:SECRET@artifacts.internal.example.net/repo', { env: 'REGISTRY_URL', confidence: 'medium', gitleaks: undefined, keyed: true, notFlagged: 'A password that a format rule reports as part of a longer credential (the Sidekiq `user:password` gem source URL, a Kubernetes Secret entry) is reported once, by that rule.' });
R('jdbc-connection-password', 'Password in a JDBC connection string', 'the database', 'jdbc:[a-z0-9]{2,20}:[^\\s"\'`]{0,200}?[;?&:]password=(?<secret>[^\\s;&"\'`]{3,128})', ['jdbc:'], "(r) => `jdbc:sqlserver://db.internal:1433;databaseName=shop;user=sa;password=${r.chars(ALNUM, 18)}`", { flags: 'i', env: 'JDBC_URL', line: 'JDBC_URL="FAKE"', okline: 'JDBC_URL="jdbc:sqlserver://db.internal:1433;databaseName=shop;user=sa;password=${DB_PASSWORD}"', validate: "(s) => urlPasswordReason(s)", noPlaceholder: true });
R('basic-auth-base64', 'Base64 user:password under an auth key', 'the service it authenticates to', '(?:auth|Auth|AUTH)["\']?[ \\t]{0,3}[:=][ \\t]{0,3}["\']?(?<secret>[A-Za-z0-9+/]{12,400}={0,2})(?![A-Za-z0-9+/=])', ['auth'], "(r) => Buffer.from(`svc:${r.chars(ALNUM, 20)}`).toString('base64')", { what: 'Base64-encoded user:password credentials under a key such as basicAuth or proxy_auth', env: 'PROXY_AUTH', line: 'basicAuth: FAKE', ext: 'yaml', validate: "(s, m, c) => (m.index > 0 && /[A-Za-z0-9_.-]/.test(c.text[m.index - 1]) ? base64CredentialReason(s) : 'bare-auth-key')", noPlaceholder: true, minEntropy: 2.5 });
R('basic-auth-header', 'Hard-coded HTTP Basic Authorization header', 'the API', '[Aa]uthorization["\']?\\s{0,3}[:=,]\\s{0,3}["\']?\\s{0,3}Basic\\s{1,3}(?<secret>[A-Za-z0-9+/]{8,400}={0,2})(?![A-Za-z0-9+/=])', ['basic '], "(r) => Buffer.from(`svc:${r.chars(ALNUM, 20)}`).toString('base64')", { gitleaks: 'curl-auth-header', ext: 'sh', line: 'curl -H "Authorization: Basic FAKE" https://api.internal.example.net/v1/items', okline: 'curl -H "Authorization: Basic $CREDS" https://api.internal.example.net/v1/items', validate: "(s) => { const d = Buffer.from(s, 'base64').toString('latin1'); return /^[\\x21-\\x7e\\x80-\\xff]{0,200}:[\\x20-\\x7e\\x80-\\xff]{3,}$/.test(d) && !placeholderReason(d.slice(d.indexOf(':') + 1)) ? undefined : 'not-user-colon-password'; }", noPlaceholder: true, minEntropy: 2.5 });
R('bearer-token-header', 'Hard-coded bearer token in an Authorization header', 'the API', '[Aa]uthorization["\']?[ \\t]{0,3}[:=,][ \\t]{0,3}["\']?[ \\t]{0,3}(?:(?:Bearer|Token|token|bearer|Api-Token|ApiKey|Api-Key)[ \\t]{1,3})?(?<secret>[A-Za-z0-9_~+/.=-]{16,500})(?![A-Za-z0-9_~+/.=-])', ['authorization'], "seq([ALNUM, 40])", { gitleaks: 'curl-auth-header', confidence: 'medium', ext: 'sh', line: 'curl -H "Authorization: Bearer FAKE" https://api.internal.example.net/v1/items', okline: 'curl -H "Authorization: Bearer $API_TOKEN" https://api.internal.example.net/v1/items', minEntropy: 3.5, validate: "(s) => placeholderReason(s) ?? (/^[a-z]+(?:[A-Z][a-z]*)*$/.test(s) ? 'identifier' : undefined)", noPlaceholder: true, keyed: true, notFlagged: 'A token of a known format in the header (an OpenShift `sha256~…` token, a GitHub token) is reported by that provider\'s rule instead, which knows the format.' });
R('curl-basic-auth', 'Password in a curl -u argument', 'the API', 'curl\\s(?:(?:[^\\n\\\\]|\\\\[\\s\\S]){0,300}?\\s)?(?:-u|--user)\\s{1,3}["\']?[^\\s:"\']{0,80}["\']?:["\']?(?<secret>[^\\s"\']{3,128})["\']?(?=\\s|$)', ['curl'], "seq([ALNUM, 16])", { gitleaks: 'curl-auth-user', ext: 'sh', line: 'curl -u deploy:FAKE https://api.internal.example.net/v1/items', okline: 'curl -u deploy:$PASSWORD https://api.internal.example.net/v1/items', validate: "(s) => curlPasswordReason(s)", noPlaceholder: true, minEntropy: 2 });
R('curl-header-api-key', 'API key in a curl request header', 'the API', 'curl\\s(?:(?:[^\\n\\\\]|\\\\[\\s\\S]){0,300}?\\s)?(?:-H|--header)\\s{1,3}["\']?(?:[a-z0-9]{1,20}-){0,3}(?:api-?key|api-?secret|secret|(?:auth-|access-|private-|api-|session-)?token)\\s{0,2}:\\s{0,3}(?<secret>[A-Za-z0-9_~+/.=-]{12,500})(?![A-Za-z0-9_~+/.=-])', ['curl'], "seq([HEX, 32])", { flags: 'i', gitleaks: 'curl-auth-header', confidence: 'medium', what: 'An API key or token sent in a credential-named curl header (X-Api-Key, Token, Private-Token)', ext: 'sh', line: 'curl -H "X-Api-Key: FAKE" https://api.internal.example.net/v1/items', okline: 'curl -H "X-Api-Key: $API_KEY" https://api.internal.example.net/v1/items', validate: "(s) => headerValueReason(s)", noPlaceholder: true, minEntropy: 2.5, keyed: true, notFlagged: 'A token of a known format in the header (an OpenShift `sha256~…` token, a GitHub token) is reported by that provider\'s rule instead, which knows the format.' });
R('curl-user-api-key', 'API key passed as the curl -u user name', 'the API', 'curl\\s(?:(?:[^\\n\\\\]|\\\\[\\s\\S]){0,300}?\\s)?(?:-u|--user)\\s{1,3}["\']?(?<secret>[^\\s:"\'$]{12,128}):["\']?(?=\\s|$)', ['curl'], "seq([ALNUM, 32])", { gitleaks: 'curl-auth-user', what: 'An API key passed as the curl user name with an empty password (the Stripe, Mailgun and Elasticsearch style)', ext: 'sh', line: 'curl https://api.internal.example.net/v1/charges -u FAKE:', okline: 'curl https://api.internal.example.net/v1/charges -u "$API_KEY:"', validate: "(s) => curlUserReason(s)", noPlaceholder: true, minEntropy: 3.3 });
R('sidekiq-enterprise-credentials', 'Sidekiq Pro/Enterprise gem server credentials', 'Contribsys (Sidekiq)', '(?:BUNDLE_ENTERPRISE__CONTRIBSYS__COM|BUNDLE_GEMS__CONTRIBSYS__COM)["\']?\\s{0,3}[:=]\\s{0,3}["\']?(?<secret>[a-f0-9]{8}:[a-f0-9]{8})(?![A-Za-z0-9])', ['contribsys__com'], "seq([HEX, 8], ':', [HEX, 8])", { gitleaks: 'sidekiq-secret', env: 'BUNDLE_GEMS__CONTRIBSYS__COM', line: 'BUNDLE_GEMS__CONTRIBSYS__COM=FAKE', minEntropy: 2 });
R('sidekiq-sensitive-url', 'Sidekiq Pro/Enterprise gem server URL with credentials', 'Contribsys (Sidekiq)', '(?<![A-Za-z0-9+.-])https?://(?<secret>[a-f0-9]{8}:[a-f0-9]{8})@(?:gems|enterprise)\\.contribsys\\.com(?![A-Za-z0-9.-])', ['contribsys.com'], "seq([HEX, 8], ':', [HEX, 8])", { gitleaks: 'sidekiq-sensitive-url', what: 'Sidekiq Pro/Enterprise license credentials in a gem source URL', ext: 'rb', line: 'source "https://FAKE@gems.contribsys.com/" do', okline: 'source "https://#{ENV.fetch(\'SIDEKIQ_CREDS\')}@gems.contribsys.com/" do', minEntropy: 2 });

// ---- Generic
R('generic-password', 'Hard-coded password', 'the system it protects', '(?<kw>[Pp][Aa][Ss][Ss](?:[Ww][Oo]?[Rr][Dd]|[Ww][Dd])?|[Pp][Ww][Dd])[A-Za-z0-9_.-]{0,30}(?<kq>["\'\\]]{0,2})[ \\t]{0,3}(?<sep>:=|=>|=|:)(?<sp>[ \\t]{0,3})(?<q>["\'`]?)(?<secret>[^\\s"\'`,;)\\]}]{6,200})', ['pass', 'pwd'], "(r) => `${r.chars(ALNUM, 10)}!${r.chars(ALNUM, 6)}`", { generic: true, confidence: 'low', sev: 'high', what: 'A password', env: 'DB_PASSWORD', validate: "(s, m, c) => genericMatchReason(s, m, c, { minLength: 6, minEntropy: 2.5, minClasses: 2 })", noPlaceholder: true, gitleaks: 'generic-api-key', okline: 'DB_PASSWORD=changeme' });
R('generic-api-key', 'Hard-coded secret, token or API key', 'the service it belongs to', '(?<kw>[Ss][Ee][Cc][Rr][Ee][Tt]|[Tt][Oo][Kk][Ee][Nn]|[Aa][Pp][Ii][_.-]?[Kk][Ee][Yy]|[Aa][Cc][Cc][Ee][Ss][Ss][_.-]?[Kk][Ee][Yy]|[Aa][Uu][Tt][Hh][_.-]?[Kk][Ee][Yy]|[Pp][Rr][Ii][Vv][Aa][Tt][Ee][_.-]?[Kk][Ee][Yy]|[Cc][Rr][Ee][Dd][Ee][Nn][Tt][Ii][Aa][Ll])[A-Za-z0-9_.-]{0,30}(?<kq>["\'\\]]{0,2})[ \\t]{0,3}(?<sep>:=|=>|=|:)(?<sp>[ \\t]{0,3})(?<q>["\'`]?)(?<secret>[^\\s"\'`,;)\\]}]{10,200})', ['secret', 'token', 'api_key', 'apikey', 'api-key', 'api.key', 'access_key', 'accesskey', 'access-key', 'auth_key', 'authkey', 'private_key', 'privatekey', 'credential'], "(r) => r.chars(ALNUM, 32)", { generic: true, confidence: 'low', sev: 'high', what: 'A secret, token or API key', env: 'SERVICE_API_KEY', validate: "(s, m, c) => genericMatchReason(s, m, c, { minLength: 10, minEntropy: 3.2, minClasses: 2 })", noPlaceholder: true, gitleaks: 'generic-api-key', okline: 'SERVICE_API_KEY=your-api-key-here' });

// ---------- emit
const HEADER = (extraImports) => `import { ${extraImports.join(', ')} } from '../engine/rule.js';\n`;
let count = 0;
const index = [];
for (const r of rules) {
  const o = r.o;
  const ident = r.name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase()).replace(/^([0-9])/, '_$1');
  const imports = new Set();
  const fakeImports = new Set(['seq']);
  const engineImports = [];
  for (const a of ['ALNUM', 'HEX', 'BASE64URL', 'UPPER_NUM', 'LOWER_NUM', 'BASE64', 'DIGITS', 'ALPHA', 'BASE32', 'uuid']) if (new RegExp(`\\b${a}\\b`).test(r.fake)) fakeImports.add(a);
  if (!/\bseq\(/.test(r.fake)) fakeImports.delete('seq');
  const v = o.validate ?? '';
  const helpers = [];
  if (/githubChecksumOk/.test(v)) helpers.push(["githubChecksumOk", '../engine/checksum.js']);
  if (/npmChecksumOk/.test(v)) helpers.push(["npmChecksumOk", '../engine/checksum.js']);
  if (/genericValueReason|genericMatchReason/.test(v)) helpers.push([[ /genericValueReason/.test(v) && 'genericValueReason', /genericMatchReason/.test(v) && 'genericMatchReason'].filter(Boolean).join(', '), '../engine/generic.js']);
  const ph = [/placeholderReason/.test(v) && 'placeholderReason', /referenceReason/.test(v) && 'referenceReason'].filter(Boolean);
  if (ph.length) helpers.push([ph.join(', '), '../../shared/placeholders.js']);
  const vh = ['jwtReason', 'urlPasswordReason', 'curlPasswordReason', 'curlUserReason', 'configPasswordReason', 'timeUuidReason', 'npmrcTokenReason', 'headerValueReason', 'base64CredentialReason'].filter((h) => new RegExp(`\\b${h}\\b`).test(v));
  if (vh.length) helpers.push([vh.join(', '), '../engine/validators.js']);
  const common = [
    `  name: ${JSON.stringify(r.name)},`,
    `  title: ${JSON.stringify(r.title)},`,
    `  provider: ${JSON.stringify(r.provider)},`,
    `  what: ${JSON.stringify(o.what ?? `A ${r.title}`)},`,
    ...(o.sev ? [`  severity: '${o.sev}',`] : []),
    ...(o.confidence ? [`  confidence: '${o.confidence}',`] : []),
    ...(o.cwe ? [`  cwe: ${JSON.stringify(o.cwe)},`] : []),
    ...(o.gitleaks ? [`  gitleaks: ${JSON.stringify(o.gitleaks)},`] : []),
  ];
  let body;
  let builder;
  if (r.kind === 'P') {
    builder = 'prefixedRule';
    body = [...common,
      `  prefix: ${JSON.stringify(r.prefix)},`,
      `  body: ${JSON.stringify(r.body)},`,
      `  length: ${JSON.stringify(r.length)},`,
      ...(o.keywords ? [`  keywords: ${JSON.stringify(o.keywords)},`] : []),
      ...(o.suffix ? [`  suffix: ${JSON.stringify(o.suffix)},`] : []),
      ...(o.minEntropy !== undefined ? [`  minEntropy: ${o.minEntropy},`] : []),
      ...(o.validate ? [`  validate: ${o.validate},`] : []),
      ...(o.verifier ? [`  verifier: '${o.verifier}',`] : []),
      ...(o.fallback ? [`  fallback: true,`] : []),
    ];
  } else if (r.kind === 'K') {
    builder = 'keyedRule';
    body = [...common,
      `  names: ${JSON.stringify(r.names)},`,
      `  value: ${JSON.stringify(r.value)},`,
      ...(o.minEntropy !== undefined ? [`  minEntropy: ${o.minEntropy},`] : []),
      ...(o.validate ? [`  validate: ${o.validate},`] : []),
      ...(o.verifier ? [`  verifier: '${o.verifier}',`] : []),
    ];
  } else {
    builder = 'patternRule';
    body = [...common,
      `  pattern: ${JSON.stringify(r.pattern)},`,
      ...(o.flags ? [`  flags: '${o.flags}',`] : []),
      `  keywords: ${JSON.stringify(r.keywords)},`,
      `  minEntropy: ${o.minEntropy ?? 3},`,
      ...(o.validate ? [`  validate: ${o.validate},`] : []),
      ...(o.generic ? [`  generic: true,`] : []),
      ...(o.keyed ? [`  keyed: true,`] : []),
      ...(o.noPlaceholder ? [`  noPlaceholderCheck: true,`] : []),
      ...(o.verifier ? [`  verifier: '${o.verifier}',`] : []),
    ];
  }
  body.push(`  fake: ${r.fake},`);
  let ts = `import { ${builder} } from '../engine/rule.js';\n`;
  if (fakeImports.size) ts += `import { ${[...fakeImports].join(', ')} } from '../engine/fake.js';\n`;
  for (const [names, from] of helpers) ts += `import { ${names} } from '${from}';\n`;
  ts += `\nexport const rule = ${builder}({\n${body.join('\n')}\n});\n\nexport const meta = rule.meta;\n`;
  writeFileSync(`${DIR}/${r.name}.ts`, ts);
  // fixture
  const ext = o.ext ?? 'env';
  const env = o.env ?? 'SECRET_VALUE';
  const c = ext === 'json' ? '//' : ext === 'js' ? '//' : ext === 'config' ? '<!--' : ext === 'npmrc' ? '#' : '#';
  const close = ext === 'config' ? ' -->' : '';
  const mk = (line, value) => (line ? line.replace('FAKE', value) : `${env}=${value}`);
  const okValue = `{{fake:${r.name}-placeholder}}`;
  const lines = [];
  if (ext === 'json') lines.push('[');
  lines.push(`${c} ruleid: secrets/${r.name}${close}`, mk(o.line, `{{fake:${r.name}}}`) + (ext === 'json' ? ',' : ''));
  lines.push(`${c} ok: secrets/${r.name}${close}`, (o.okline ?? mk(o.line, okValue)) + (ext === 'json' ? ',' : ''));
  if (o.checksum) lines.push(`${c} ok: secrets/${r.name}${close}`, mk(o.line, `{{fake:${r.name}-badchecksum}}`));
  if (o.line && !o.okline) {}
  if (ext === 'json') { lines[lines.length - 1] = lines[lines.length - 1].replace(/,$/, ''); lines.push(']'); }
  if (ext === 'config') { lines.unshift('<configuration><packageSourceCredentials><feed>'); lines.push('</feed></packageSourceCredentials></configuration>'); }
  writeFileSync(`${DIR}/${r.name}.fixture.${ext}`, lines.join('\n') + '\n');
  // doc
  const gl = o.gitleaks ? (typeof o.gitleaks === 'string' ? [o.gitleaks] : o.gitleaks) : [];
  const md = `# ${r.title}

## Why it matters
${o.what ?? `A ${r.title}`} in the repository works for anyone who can read it: collaborators, forks, CI logs, package tarballs, and every clone of the history. Deleting the line does not help; the value stays in git history until it is revoked.

## Flagged
${r.kind === 'P' ? `A value starting with \`${lit(r.prefix).replace(/\(\?:|\)|\[|\]/g, '')}\` followed by the ${r.provider} token alphabet and length${o.checksum ? ', whose built-in CRC32 checksum is valid' : ''}.${o.suffix?.includes('(?<body>') ? ' Placeholder and entropy checks run on the secret part after the id segments, so repetitive or sequential ids (`123456789012`, `511111111`) do not hide a real token.' : ''}` : r.kind === 'K' ? `A value shaped like a ${r.provider} credential assigned to a name containing ${r.names.map((n) => `\`${n}\``).join(', ')} (\`${env}=…\`, \`"${r.names[0]}": "…"\`).` : `The ${r.title.toLowerCase()} format, found after the keyword prefilter (${r.keywords.map((k) => `\`${k}\``).join(', ')}).`}

## Not flagged
Placeholders and documented examples (\`xxxx\`, repeated or sequential characters, \`your-…-here\`, \`<TOKEN>\`), references such as \`\${${env}}\` or \`process.env.${env}\`${o.checksum ? ', and tokens whose checksum does not match' : ''}${o.generic ? ', low-entropy or word-like values, base64 values that decode to a placeholder (`UkVQTEFDRV9NRQ==` is `REPLACE_ME`), key names that describe the secret (`token_url`, `password_field`), test paths, and spans a provider rule already reported' : ''}.${o.notFlagged ? ' ' + o.notFlagged : ''}

## Fix
Revoke the credential in ${r.provider} first, then remove it from the code and read it at run time from the environment or a secrets manager. Rewrite history only after revoking; rewriting alone does not un-leak it.

## References
- CWE-798: Use of Hard-coded Credentials — https://cwe.mitre.org/data/definitions/798.html${gl.length ? `\n- Gitleaks rule${gl.length > 1 ? 's' : ''}: ${gl.map((g) => `\`${g}\``).join(', ')}` : ''}
`;
  writeFileSync(`${DIR}/${r.name}.md`, md);
  index.push([ident, r.name]);
  count++;
}
index.push(['privateKey', 'private-key'], ['awsSecretAccessKey', 'aws-secret-access-key'], ['discordBotToken', 'discord-bot-token'], ['kubernetesSecretData', 'kubernetes-secret-data']);
index.sort((a, b) => (a[1].startsWith('generic-') - b[1].startsWith('generic-')) || (a[1] < b[1] ? -1 : 1));
writeFileSync(`${DIR}/index.ts`, [
  "import type { SecretRule } from '../engine/rule.js';",
  ...index.map(([ident, name]) => `import { rule as ${ident} } from './${name}.js';`),
  '',
  '/** Every secrets rule, listed explicitly (the id is the file name). Provider rules first; generic last. */',
  'export const secretRules: readonly SecretRule[] = [',
  ...index.map(([ident]) => `  ${ident},`),
  '];',
  '',
].join('\n'));
console.log('rules', count);
