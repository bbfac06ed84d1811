import { secretMeta, type Candidate, type DetectContext, type SecretRule } from '../engine/rule.js';
import { BASE64, seq } from '../engine/fake.js';
import { charClasses, shannonEntropy } from '../engine/entropy.js';
import { providerPlaceholderReason } from '../../shared/placeholders.js';

/** 40 characters of base64 alphabet, delimited: the shape of every AWS secret access key. */
const CANDIDATE = /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g;
const KEY_ID = /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Za-z0-9])/g;
/** A name that says "AWS secret key" on the same line, before the value. */
const NAME = /(?:aws|amazon|s3|ses|sqs|dynamo)[A-Za-z0-9_.-]{0,30}secret|secret[_.-]?access[_.-]?key|aws[_.-]?secret|awssecret/i;
const PAIR_WINDOW = 600;

/**
 * A 40-character random string is everywhere (hashes, base64); it is an AWS secret key only
 * in context: under an AWS secret-key name on the same line, or within a few lines of an
 * AWS access key id (the pair is what an attacker needs, and what a leak usually contains).
 */
function find(context: DetectContext): Candidate[] {
  const { text } = context;
  const ids: number[] = [];
  KEY_ID.lastIndex = 0;
  for (let m = KEY_ID.exec(text); m; m = KEY_ID.exec(text)) ids.push(m.index);
  const out: Candidate[] = [];
  // Both lists ascend, so the nearest key id is tracked with a moving pointer (linear, not ids × candidates).
  let next = 0;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const value = m[0];
    // The name must be on the same line, within 120 characters: a bounded look back, never a scan to the line start.
    const window = text.slice(Math.max(0, m.index - 120), m.index);
    const before = window.slice(window.lastIndexOf('\n') + 1);
    const named = NAME.test(before);
    while (next < ids.length && ids[next]! < m.index - PAIR_WINDOW) next++;
    const paired = next < ids.length && ids[next]! <= m.index + PAIR_WINDOW;
    if (!named && !paired) continue;
    const placeholder = providerPlaceholderReason(value);
    if (placeholder) {
      context.filtered(placeholder);
      continue;
    }
    if (charClasses(value) < 3 || shannonEntropy(value) < 4) {
      context.filtered('low-entropy');
      continue;
    }
    if (/^[a-f0-9]{40}$/.test(value)) {
      context.filtered('hex-digest');
      continue;
    }
    out.push({ start: m.index, end: m.index + 40, secret: value, properties: { paired, named } });
  }
  return out;
}

export const rule: SecretRule = {
  meta: secretMeta({
    name: 'aws-secret-access-key',
    title: 'AWS secret access key',
    provider: 'AWS',
    what: 'An AWS secret access key',
    severity: 'critical',
    gitleaks: 'aws-access-token',
    remediation: 'Deactivate and delete the access key in IAM now, check CloudTrail for use since it was committed, create a new key (or better, use roles or SSO instead of long-lived keys) and load it from the environment.',
  }),
  keywords: ['akia', 'asia', 'abia', 'acca', 'secret_access', 'secretaccess', 'secret-access', 'aws_secret', 'awssecret', 'secret'],
  find,
  fake: seq([BASE64, 40]),
};

export const meta = rule.meta;
