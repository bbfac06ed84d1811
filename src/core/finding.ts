import type { Location } from './location.js';
import type { AnalyzerId, RuleId } from './rule.js';
import type { Confidence, Severity } from './severity.js';

export interface TraceStep {
  readonly kind: 'source' | 'step' | 'sink';
  readonly message: string;
  readonly location: Location;
}

export interface SecretDetail {
  /** Never the full secret: a prefix and a mask. */
  readonly redacted: string;
  readonly length: number;
  /** sha256 of the secret, hex, first 16 characters: lets users match without revealing. */
  readonly hash: string;
  /** Only with `--show-secrets`. */
  readonly value?: string;
  readonly verification?: 'verified' | 'invalid' | 'unknown';
}

export interface CommitDetail {
  readonly sha: string;
  readonly author: string;
  readonly email?: string;
  readonly date: string;
  readonly message?: string;
  /** false when the secret is gone from the current tree (still exposed in history). */
  readonly presentInTree?: boolean;
}

export interface PackageDetail {
  readonly ecosystem: string;
  readonly name: string;
  readonly version?: string;
  readonly direct?: boolean;
  readonly dev?: boolean;
  readonly purl?: string;
}

export interface AdvisoryDetail {
  readonly id: string;
  readonly aliases: readonly string[];
  readonly fixedIn?: string;
  readonly summary?: string;
  readonly cvss?: string;
  readonly published?: string;
}

export interface AiAttribution {
  readonly aiAuthored: boolean | 'unknown';
  readonly tool?: string;
  readonly evidence: readonly string[];
}

/** One finding shape for every analyzer; analyzer-specific details are optional fields. */
export interface Finding {
  readonly ruleId: RuleId;
  readonly analyzer: AnalyzerId;
  readonly title: string;
  readonly severity: Severity;
  readonly confidence: Confidence;
  readonly cwe: readonly string[];
  readonly owasp: readonly string[];
  readonly equivalents: readonly string[];
  /** What is wrong here, one or two sentences. */
  readonly message: string;
  readonly location: Location;
  /** Survives unrelated edits: no line numbers in it. */
  readonly fingerprint: string;
  /** Same as fingerprint but without the path: lets baselines follow renames. */
  readonly contentHash: string;
  /** The source lines of the finding, secrets redacted. */
  readonly snippet?: string;
  readonly trace?: readonly TraceStep[];
  readonly secret?: SecretDetail;
  readonly commit?: CommitDetail;
  readonly package?: PackageDetail;
  readonly advisory?: AdvisoryDetail;
  /** IaC: `Deployment/api`, `aws_s3_bucket.logs`. */
  readonly resource?: string;
  readonly ai?: AiAttribution;
  readonly fix?: { readonly description: string; readonly safety: 'safe' | 'unsafe'; readonly replacement?: string };
  /** Analyzer-specific extra data (stable keys documented per analyzer). */
  readonly properties?: Readonly<Record<string, unknown>>;
}

/**
 * What an analyzer reports; the core adds metadata, fingerprint, snippet and redaction.
 * Severity and confidence default to the rule's; set them only when this instance differs
 * (e.g. taint from a parameter of unknown origin is medium at most).
 */
export interface RawFinding {
  readonly ruleId: RuleId;
  readonly message: string;
  readonly location: Location;
  readonly severity?: Severity;
  readonly confidence?: Confidence;
  /**
   * What identifies this finding independent of position: e.g. the sink's normalised text,
   * a package@version, a resource name + attribute. Defaults to the located text with whitespace removed.
   */
  readonly identity?: string;
  /** Secrets: the raw value. The core redacts it from every output and drops it. */
  readonly secretValue?: string;
  readonly verification?: SecretDetail['verification'];
  readonly snippet?: string;
  readonly trace?: readonly TraceStep[];
  readonly commit?: CommitDetail;
  readonly package?: PackageDetail;
  readonly advisory?: AdvisoryDetail;
  readonly resource?: string;
  readonly fix?: Finding['fix'];
  readonly equivalents?: readonly string[];
  readonly cwe?: readonly string[];
  readonly properties?: Readonly<Record<string, unknown>>;
}
