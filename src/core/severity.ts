export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** Higher is worse; used for thresholds and sorting. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(severity);
}

export function confidenceRank(confidence: Confidence): number {
  return CONFIDENCES.length - CONFIDENCES.indexOf(confidence);
}

export function atLeastSeverity(actual: Severity, threshold: Severity): boolean {
  return severityRank(actual) >= severityRank(threshold);
}

export function atLeastConfidence(actual: Confidence, threshold: Confidence): boolean {
  return confidenceRank(actual) >= confidenceRank(threshold);
}
