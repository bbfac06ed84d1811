/**
 * Opt-in live checks (`--verify`): ask the provider whether a found key works, with a
 * read-only call that changes nothing. Never called without the flag. A 401/403 means
 * invalid; 2xx verified; anything else (rate limit, outage, timeout) unknown.
 */
export type Verification = 'verified' | 'invalid' | 'unknown';

export interface VerifyResult {
  readonly status: Verification;
  readonly error?: string;
}

interface Endpoint {
  readonly base: string;
  readonly path: string;
  readonly method?: 'GET' | 'POST';
  readonly headers: (secret: string) => Record<string, string>;
  /** Slack answers 200 with {"ok": false} for bad tokens. */
  readonly okBody?: (body: string) => boolean;
}

const ENDPOINTS: Record<string, Endpoint> = {
  github: { base: 'https://api.github.com', path: '/user', headers: (s) => ({ authorization: `token ${s}`, 'user-agent': 'skeptic-verify' }) },
  slack: {
    base: 'https://slack.com',
    path: '/api/auth.test',
    method: 'POST',
    headers: (s) => ({ authorization: `Bearer ${s}` }),
    okBody: (b) => /"ok"\s*:\s*true/.test(b),
  },
  stripe: { base: 'https://api.stripe.com', path: '/v1/balance', headers: (s) => ({ authorization: `Bearer ${s}` }) },
  openai: { base: 'https://api.openai.com', path: '/v1/models', headers: (s) => ({ authorization: `Bearer ${s}` }) },
  anthropic: { base: 'https://api.anthropic.com', path: '/v1/models', headers: (s) => ({ 'x-api-key': s, 'anthropic-version': '2023-06-01' }) },
};

export const VERIFIERS = Object.keys(ENDPOINTS);

/** Test hook: point a provider at a local server. */
const overrides = new Map<string, string>();
export function setVerifierBaseUrl(provider: string, base: string | undefined): void {
  if (base === undefined) overrides.delete(provider);
  else overrides.set(provider, base);
}

export async function verifySecret(provider: string, secret: string, timeoutMs = 5000): Promise<VerifyResult> {
  const endpoint = ENDPOINTS[provider];
  if (!endpoint) return { status: 'unknown', error: `no verifier for ${provider}` };
  const base = overrides.get(provider) ?? process.env[`SKEPTIC_VERIFY_${provider.toUpperCase()}_URL`] ?? endpoint.base;
  try {
    const response = await fetch(new URL(endpoint.path, base), {
      method: endpoint.method ?? 'GET',
      headers: endpoint.headers(secret),
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = await response.text();
    if (response.status === 401 || response.status === 403) return { status: 'invalid' };
    if (response.status >= 200 && response.status < 300) {
      if (endpoint.okBody && !endpoint.okBody(body)) return /invalid_auth|not_authed|account_inactive|token_revoked/.test(body) ? { status: 'invalid' } : { status: 'unknown' };
      return { status: 'verified' };
    }
    return { status: 'unknown', error: `HTTP ${response.status}` };
  } catch (error) {
    return { status: 'unknown', error: (error as Error).message };
  }
}
