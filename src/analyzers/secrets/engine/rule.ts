import type { Confidence, Severity } from '../../../core/severity.js';
import type { CweId, RuleMeta, RuleId } from '../../../core/rule.js';
import type { Generator } from '../../../testing/fake-secrets.js';

/** A candidate a rule found: offsets in the text and the raw value. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly secret: string;
  /** Part of the secret that carries the randomness (after a fixed prefix); checks run on it. */
  readonly body?: string;
  readonly confidence?: Confidence;
  /** Added to the finding's message: why a value some check calls weak is reported anyway. */
  readonly note?: string;
  readonly properties?: Record<string, unknown>;
}

export interface DetectContext {
  readonly text: string;
  readonly path: string;
  /** Code file: an unquoted right-hand side is an expression, not a literal. */
  readonly isCode: boolean;
  readonly isTestPath: boolean;
  /** Record a suppressed candidate and why. */
  filtered(reason: string): void;
}

/**
 * A secrets rule is data: which keywords make it worth running, how to find a candidate,
 * and how to reject the ones that are not secrets. `find` exists for formats a regex
 * cannot bound linearly (PEM blocks) or that need context (AWS secret key pairing).
 */
export interface SecretRule {
  readonly meta: RuleMeta;
  /** Lowercase ASCII; at least one must occur (case-insensitively) for the rule to run. */
  readonly keywords: readonly string[];
  /**
   * Runs on every text, with no keyword: only for formats with no literal part at all
   * (Discord tokens). Its search must be one linear pass that starts attempts rarely.
   */
  readonly unkeyed?: boolean;
  /** Global regex with a `secret` group (optionally `body`). */
  readonly pattern?: RegExp;
  /**
   * A cheap regex that must match somewhere before `pattern` runs: the value alone, for
   * name-keyed rules whose value starts with a literal (`s.` for Vault), because a common
   * name such as `token` would otherwise run the whole name-and-value regex on most files.
   */
  readonly precheck?: RegExp;
  readonly find?: (context: DetectContext) => Candidate[];
  /** Minimum Shannon entropy of the body, bits/char. */
  readonly minEntropy?: number;
  /** Returns why the value is not a secret, or undefined. */
  readonly validate?: (secret: string, match: RegExpExecArray, context: DetectContext) => string | undefined;
  /** Generic rules lose to a provider rule on an overlapping span. */
  readonly generic?: boolean;
  /** Found by key name rather than format: loses a same-span tie to a format rule. */
  readonly keyed?: boolean;
  /** A broad format (legacy shapes): loses a same-span tie to a specific rule. */
  readonly fallback?: boolean;
  /** Skip the structural placeholder check (formats with fixed filler characters). */
  readonly noPlaceholderCheck?: boolean;
  /** Makes a well-formed random value for fixtures and tests. */
  readonly fake: Generator;
  /** Providers with an opt-in live check (`--verify`). */
  readonly verifier?: string;
}

export interface MetaInput {
  readonly name: string;
  readonly title: string;
  readonly provider: string;
  readonly what: string;
  readonly severity?: Severity;
  readonly confidence?: Confidence;
  readonly cwe?: readonly CweId[];
  readonly gitleaks?: string | readonly string[];
  readonly remediation?: string;
  readonly references?: readonly string[];
}

export function secretMeta(input: MetaInput): RuleMeta {
  const gitleaks = input.gitleaks === undefined ? [] : typeof input.gitleaks === 'string' ? [input.gitleaks] : input.gitleaks;
  const cwe = (input.cwe && input.cwe.length ? input.cwe : ['CWE-798']) as [CweId, ...CweId[]];
  return {
    id: `secrets/${input.name}` as RuleId,
    title: input.title,
    description: `${input.what} committed to source code. Anyone with read access to the repository, its forks, clones, CI logs or history can use it to act as you on ${input.provider}.`,
    severity: input.severity ?? 'high',
    confidence: input.confidence ?? 'high',
    cwe,
    owasp: ['A07:2021'],
    ...(gitleaks.length ? { equivalents: gitleaks.map((g) => `gitleaks:${g}`) } : {}),
    remediation:
      input.remediation ??
      `Revoke the credential in ${input.provider} now (it is exposed even after you delete it, because it stays in git history), issue a new one, and load it from the environment or a secrets manager instead of the source.`,
    ...(input.references ? { references: input.references } : {}),
  };
}

/** `word` as a case-insensitive regex source without the `i` flag, so the value part stays case-sensitive. */
export function ci(word: string): string {
  let out = '';
  for (const ch of word) {
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    if (lo !== up) out += `[${lo}${up}]`;
    else out += /[A-Za-z0-9]/.test(ch) ? ch : ch === '_' || ch === '-' || ch === '.' ? `[_.-]?` : escapeRegex(ch);
  }
  return out;
}

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

export interface PrefixedInput extends MetaInput {
  /** Regex source of the fixed prefix (literal text, escaped). */
  readonly prefix: string;
  /** Character class source of the random body, e.g. `[A-Za-z0-9]`. */
  readonly body: string;
  readonly length: number | readonly [number, number];
  /** Default: the prefix lowercased (when literal). */
  readonly keywords?: readonly string[];
  /** Regex source after the body; a `(?<body>…)` group here makes it the part that is checked. */
  readonly suffix?: string;
  readonly minEntropy?: number;
  readonly validate?: SecretRule['validate'];
  readonly fake: Generator;
  readonly verifier?: string;
  readonly noPlaceholderCheck?: boolean;
  readonly fallback?: boolean;
}

/**
 * A token with a distinctive prefix and a fixed alphabet. The leading look-behind makes
 * every regex attempt start at the beginning of a token-shaped run, so a hostile line of
 * repeated prefixes costs linear time, not quadratic.
 */
export function prefixedRule(input: PrefixedInput): SecretRule {
  const [min, max] = typeof input.length === 'number' ? [input.length, input.length] : input.length;
  // A token whose first part is an id (Slack's workspace and user ids) names its random part in
  // the suffix: placeholder and entropy checks belong there, since ids are often repetitive.
  const bodyGroup = input.suffix?.includes('(?<body>') ? '?:' : '?<body>';
  const pattern = new RegExp(
    `(?<![A-Za-z0-9_.])(?<secret>(?:${input.prefix})(${bodyGroup}${input.body}{${min},${max}})${input.suffix ?? ''})(?!${input.body})`,
    'g',
  );
  return {
    meta: secretMeta(input),
    keywords: input.keywords ?? [literalKeyword(input.prefix)],
    pattern,
    minEntropy: input.minEntropy ?? 3,
    ...(input.validate ? { validate: input.validate } : {}),
    ...(input.noPlaceholderCheck ? { noPlaceholderCheck: true } : {}),
    ...(input.fallback ? { fallback: true } : {}),
    fake: input.fake,
    ...(input.verifier ? { verifier: input.verifier } : {}),
  };
}

export interface KeyedInput extends MetaInput {
  /** Words one of which must be in the variable or key name (lowercase). */
  readonly names: readonly string[];
  /** Regex source of the value. */
  readonly value: string;
  readonly minEntropy?: number;
  readonly validate?: SecretRule['validate'];
  readonly fake: Generator;
  readonly verifier?: string;
}

/**
 * A value with no distinctive prefix (32 hex characters, a UUID) is only a secret of this
 * provider when it is assigned to a name that says so: `DATADOG_API_KEY=…`, `"sentry_token": "…"`.
 * The name may be followed by up to 30 identifier characters, then an assignment operator.
 */
export function keyedRule(input: KeyedInput): SecretRule {
  // The name starts a word: after a non-letter, or as a capitalised camel-case part (`myOktaToken`, not `rookTable`).
  const names = input.names.map(ci).join('|');
  const camel = input.names.map((n) => escapeRegex(n[0]!.toUpperCase()) + ci(n.slice(1))).join('|');
  const pattern = new RegExp(
    `(?:(?<![A-Za-z])(?:${names})|(?<=[a-z])(?:${camel}))[A-Za-z0-9_.-]{0,30}["'\\]]{0,2}[ \\t]{0,4}(?::=|=>|=|:|,(?=[ \\t]{0,4}["'\`]))[ \\t]{0,4}(?:["'\`]|\\\\["'])?(?<secret>${input.value})(?![A-Za-z0-9_+/-])`,
    'g',
  );
  // A value that starts with a literal character is rarer than any key name: look for it first.
  const literalStart = /^(?:[A-Za-z0-9_-]|\\[^dDwWsSbB])/.test(input.value);
  return {
    meta: secretMeta({ confidence: 'medium', ...input }),
    keyed: true,
    // Same boundaries as in the full pattern (a value never follows an identifier character), so
    // `this.someLongPropertyName` does not pass for a Vault `s.` token.
    ...(literalStart ? { precheck: new RegExp(`(?<![A-Za-z0-9_])(?:${input.value})(?![A-Za-z0-9_+/-])`) } : {}),
    keywords: input.names.map((n) => n.toLowerCase()),
    pattern,
    minEntropy: input.minEntropy ?? 3,
    ...(input.validate ? { validate: input.validate } : {}),
    fake: input.fake,
    ...(input.verifier ? { verifier: input.verifier } : {}),
  };
}

function literalKeyword(prefix: string): string {
  const literal = prefix.replace(/\\(.)/g, '$1');
  if (/[()[\]|?*+{}]/.test(literal)) throw new Error(`prefix ${prefix} is not literal; give keywords explicitly`);
  return literal.toLowerCase();
}

export interface PatternInput extends MetaInput {
  /** Regex source with a `secret` group (optionally `body`); must be linear on hostile input. */
  readonly pattern: string;
  readonly flags?: string;
  readonly keywords: readonly string[];
  readonly minEntropy?: number;
  readonly validate?: SecretRule['validate'];
  readonly generic?: boolean;
  /** Found by context (a header or key name), not by format: a format rule on the same span wins. */
  readonly keyed?: boolean;
  readonly noPlaceholderCheck?: boolean;
  readonly fake: Generator;
  readonly verifier?: string;
}

export function patternRule(input: PatternInput): SecretRule {
  return {
    meta: secretMeta(input),
    keywords: input.keywords,
    pattern: new RegExp(input.pattern, `g${input.flags ?? ''}`),
    ...(input.minEntropy !== undefined ? { minEntropy: input.minEntropy } : {}),
    ...(input.validate ? { validate: input.validate } : {}),
    ...(input.generic ? { generic: true } : {}),
    ...(input.keyed ? { keyed: true } : {}),
    ...(input.noPlaceholderCheck ? { noPlaceholderCheck: true } : {}),
    fake: input.fake,
    ...(input.verifier ? { verifier: input.verifier } : {}),
  };
}
