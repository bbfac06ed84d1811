import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzer, secretsDetector } from '../analyzers/secrets/analyzer.js';
import { allowlistedOnly } from '../analyzers/secrets/engine/allowlist.js';
import { configSchema } from '../config/schema.js';
import { scan } from '../scan/scan.js';

/**
 * Secrets quality on labelled corpora: each case becomes one file in a temp dir, one scan
 * runs over all of them, and a case counts as flagged when any secrets finding lands in its
 * file. Recall is over positives of providers we cover; the false-positive rate is over
 * every negative, covered or not.
 *
 *   node dist/tools/measure-secrets.js [CORPORA_DIR] [--misses]   (default ../shared/corpora)
 *
 * `--misses` (or `--verbose`) lists every miss with the reasons its candidates were filtered,
 * and every flagged negative with the rules that fired. Misses whose only filter reasons are
 * placeholder or documented-example checks are also counted apart, so the headline recall
 * (which counts them as misses) can be read next to what the placeholder filter costs.
 *
 * Second figure, printed after the strict one: recall on the covered positives whose text holds
 * a value that is not of an allowlist class the issue requires (documented examples, filler,
 * sequences, placeholder words). The class of every token in a case comes from the engine's
 * placeholder code (`engine/allowlist.ts`), never from a list of cases; a case is set aside only
 * when it has an allowlisted value and no other credential-length value.
 */
interface Case {
  readonly corpus: string;
  readonly id: string;
  readonly text: string;
  readonly positive: boolean;
  readonly provider: string;
  readonly covered: boolean;
}

/**
 * detect-secrets plugin test file → the skeptic rule that covers that provider (undefined: none).
 * A provider counts as covered only while that rule exists, so coverage follows the rule list.
 */
const DETECT_SECRETS_RULE: Record<string, string | undefined> = {
  'artifactory_test.py': 'artifactory-api-key', 'aws_key_test.py': 'aws-access-key-id', 'azure_storage_key_test.py': 'azure-storage-account-key',
  'basic_auth_test.py': 'url-basic-auth', 'cloudant_test.py': undefined, 'discord_test.py': 'discord-bot-token', 'github_token_test.py': 'github-pat',
  'gitlab_token_test.py': 'gitlab-pat', 'ibm_cloud_iam_test.py': undefined, 'ibm_cos_hmac_test.py': undefined, 'ip_public_test.py': undefined,
  'jwt_test.py': 'jwt', 'mailchimp_key_test.py': 'mailchimp-api-key', 'npm_test.py': 'npmrc-auth-token', 'openai_test.py': 'openai-api-key',
  'private_key_test.py': 'private-key', 'pypi_token_test.py': 'pypi-upload-token', 'sendgrid_test.py': 'sendgrid-api-key', 'slack_test.py': 'slack-bot-token',
  'softlayer_test.py': undefined, 'square_oauth_test.py': 'square-oauth-secret', 'stripe_key_test.py': 'stripe-secret-key',
  'telegram_token_test.py': 'telegram-bot-token', 'twilio_test.py': 'twilio-api-key',
};

export function loadCases(corpora: string): Case[] {
  const cases: Case[] = [];
  const covered = new Set<string>();
  for (const meta of analyzer.rules) for (const eq of meta.equivalents ?? []) if (eq.startsWith('gitleaks:')) covered.add(eq.slice(9));
  const ruleIds = new Set<string>(analyzer.rules.map((r) => r.id));
  const gitleaks = readFileSync(join(corpora, 'gitleaks-cases', '_cases.jsonl'), 'utf8').split('\n').filter(Boolean);
  gitleaks.forEach((line, i) => {
    const c = JSON.parse(line) as { rule_id: string; kind: string; sample: string };
    cases.push({ corpus: 'gitleaks', id: `gl-${i}`, text: c.sample, positive: c.kind === 'tp', provider: c.rule_id, covered: covered.has(c.rule_id) });
  });
  const ds = readFileSync(join(corpora, 'detect-secrets', '_cases.jsonl'), 'utf8').split('\n').filter(Boolean);
  ds.forEach((line, i) => {
    const c = JSON.parse(line) as { file: string; argnames: string[]; values: unknown[] };
    const textIndex = c.argnames.findIndex((a) => a === 'payload' || a === 'line' || a === 'file_content');
    if (textIndex === -1) return; // parametrised on templates or status codes, not on text
    const flagIndex = c.argnames.indexOf('should_flag');
    const positive = flagIndex === -1 ? true : c.values[flagIndex] === true;
    const rule = DETECT_SECRETS_RULE[c.file];
    cases.push({ corpus: 'detect-secrets', id: `ds-${i}`, text: String(c.values[textIndex]), positive, provider: c.file.replace('_test.py', ''), covered: rule !== undefined && ruleIds.has(`secrets/${rule}`) });
  });
  return cases;
}

export interface Score {
  readonly corpus: string;
  readonly coveredPositives: number;
  readonly detected: number;
  readonly negatives: number;
  readonly flaggedNegatives: number;
  readonly uncoveredPositives: number;
  readonly misses: string[];
  /** Misses where some candidate was found and dropped only as a placeholder or documented example. */
  readonly placeholderMisses: number;
  readonly falsePositives: string[];
  /** Covered positives whose only credential-length values are of an issue-mandated allowlist class. */
  readonly allowlistExcluded: number;
  /** Of those, how many were flagged anyway (another value or context made them a finding). */
  readonly allowlistExcludedDetected: number;
  readonly allowlistExcludedCases: string[];
}

const PLACEHOLDER_REASONS = new Set(['placeholder', 'repeated-characters', 'sequence', 'documented-example']);

/** Why the detector let a case go: `rule:reason` for every candidate it filtered. */
function filterReasons(text: string): string[] {
  const reasons: string[] = [];
  secretsDetector().detect(text, { path: 'case.txt', isCode: false, isTestPath: false, filtered: (id, reason) => reasons.push(`${id.slice(8)}:${reason}`) });
  return [...new Set(reasons)];
}

export async function measure(corpora: string): Promise<Score[]> {
  const cases = loadCases(corpora);
  const dir = mkdtempSync(join(tmpdir(), 'skeptic-measure-secrets-'));
  try {
    for (const c of cases) writeFileSync(join(dir, `${c.id}.txt`), c.text);
    const config = configSchema.parse({ minConfidence: 'low' });
    const report = await scan({ path: dir, config, analyzers: ['secrets'], workers: 0, offline: true, noInlineIgnores: true });
    const hits = new Map<string, string[]>();
    for (const f of report.findings) {
      const id = f.location.path.replace(/\.txt$/, '');
      hits.set(id, [...(hits.get(id) ?? []), f.ruleId]);
    }
    const scores: Score[] = [];
    for (const corpus of ['gitleaks', 'detect-secrets']) {
      const mine = cases.filter((c) => c.corpus === corpus);
      const pos = mine.filter((c) => c.positive && c.covered);
      const neg = mine.filter((c) => !c.positive);
      const misses = pos.filter((c) => !hits.has(c.id));
      const fps = neg.filter((c) => hits.has(c.id));
      const excluded = pos.flatMap((c) => {
        const a = allowlistedOnly(c.text);
        return a ? [[c, a] as const] : [];
      });
      scores.push({
        corpus,
        coveredPositives: pos.length,
        detected: pos.length - misses.length,
        negatives: neg.length,
        flaggedNegatives: fps.length,
        uncoveredPositives: mine.filter((c) => c.positive && !c.covered).length,
        misses: misses.map((c) => `${c.provider}: ${JSON.stringify(c.text.slice(0, 100))}  [${filterReasons(c.text).join(', ') || 'no candidate'}]`),
        placeholderMisses: misses.filter((c) => {
          const reasons = filterReasons(c.text).map((r) => r.slice(r.indexOf(':') + 1));
          return reasons.length > 0 && reasons.some((r) => PLACEHOLDER_REASONS.has(r)) && reasons.every((r) => PLACEHOLDER_REASONS.has(r) || r === 'provider-format-rejected' || r.startsWith('same-span') || r === 'provider-rule-wins');
        }).length,
        falsePositives: fps.map((c) => `${c.provider} → ${hits.get(c.id)!.join(',')}: ${JSON.stringify(c.text.slice(0, 100))}`),
        allowlistExcluded: excluded.length,
        allowlistExcludedDetected: excluded.filter(([c]) => hits.has(c.id)).length,
        allowlistExcludedCases: excluded.map(
          ([c, a]) => `${c.provider}${hits.has(c.id) ? ' (detected)' : ''}: ${JSON.stringify(c.text.slice(0, 100))}  [${a.reasons.join(', ')}: ${a.tokens.map((t) => t.slice(0, 40)).join(' ')}]`,
        ),
      });
    }
    return scores;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const corpora = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? join(process.cwd(), '..', 'shared', 'corpora'));
  const verbose = process.argv.includes('--verbose') || process.argv.includes('--misses');
  for (const s of await measure(corpora)) {
    const recall = s.coveredPositives ? (100 * s.detected) / s.coveredPositives : 0;
    const fpr = s.negatives ? (100 * s.flaggedNegatives) / s.negatives : 0;
    process.stdout.write(
      `${s.corpus}: recall ${s.detected}/${s.coveredPositives} = ${recall.toFixed(1)}% on covered providers (${s.uncoveredPositives} positives of uncovered providers not counted); ` +
        `negatives flagged ${s.flaggedNegatives}/${s.negatives} = ${fpr.toFixed(1)}%; ` +
        `${s.placeholderMisses} of the ${s.coveredPositives - s.detected} misses were dropped only as placeholders or documented examples\n`,
    );
    const kept = s.coveredPositives - s.allowlistExcluded;
    const keptDetected = s.detected - s.allowlistExcludedDetected;
    process.stdout.write(
      `  covered providers, issue-mandated allowlist classes excluded: recall ${keptDetected}/${kept} = ${kept ? ((100 * keptDetected) / kept).toFixed(1) : '0.0'}% ` +
        `(${s.allowlistExcluded} positives set aside as documented examples or placeholders, ${s.allowlistExcludedDetected} of them flagged anyway)\n`,
    );
    if (verbose) {
      for (const m of s.misses) process.stdout.write(`  miss  ${m}\n`);
      for (const f of s.falsePositives) process.stdout.write(`  fp    ${f}\n`);
      for (const e of s.allowlistExcludedCases) process.stdout.write(`  allowlisted  ${e}\n`);
    }
  }
}
