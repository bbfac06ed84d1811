import { secretMeta, type Candidate, type DetectContext, type SecretRule } from '../engine/rule.js';
import { ALNUM } from '../engine/fake.js';
import { charClasses, shannonEntropy } from '../engine/entropy.js';
import { isDocumentedExample, placeholderReason, referenceReason } from '../../shared/placeholders.js';

/**
 * A Kubernetes `Secret` manifest holds its values base64-encoded under `data:` (or plain under
 * `stringData:`), so no provider rule sees the credential inside. This rule finds manifests of
 * `kind: Secret` (not ExternalSecret, SealedSecret or SopsSecret, which hold references or
 * ciphertext), decodes each entry and judges the decoded value. Line-based and linear: one pass
 * over the lines of the text, no regex across lines.
 */
const KIND_SECRET = /^[ \t]*kind:[ \t]*["']?secret["']?[ \t]*(?:#.*)?$/i;
const SECTION = /^([ \t]*)(data|stringData):[ \t]*(?:#.*)?$/;
const ENTRY = /^([ \t]+)([A-Za-z0-9._-]{1,253}):[ \t]*(.*)$/;
const BASE64 = /^[A-Za-z0-9+/]{4,}={0,2}$/;
/** Entries that name what the credential is for, not the credential. */
const NOT_SECRET_KEY = /(?:^|[._-])(?:user(?:name)?|login|host(?:name)?|port|url|uri|endpoint|address|addr|server|database|db|dbname|schema|namespace|region|email|name|id|ca\.crt|ca|tls\.crt|cert|crt|pem|config|type)$/i;
const NOT_SECRET_CAMEL = /[a-z](?:User(?:name)?|Login|Host|Port|Url|Uri|Endpoint|Address|Addr|Server|Name|Id)$/;

interface Entry {
  readonly key: string;
  /** Raw value text (quotes removed) and where it starts in the text. */
  readonly value: string;
  readonly start: number;
  /** End of the value in the text (a block scalar spans lines, so not start + length). */
  readonly end: number;
  readonly encoded: boolean;
}

/** Cheap whole-text check before the line pass: most manifests are not Secrets. */
const ANY_SECRET_KIND = /kind:[ \t]*["']?secret["']?[ \t]*(?:#|$)/im;

function find(context: DetectContext): Candidate[] {
  const { text } = context;
  const out: Candidate[] = [];
  if (!ANY_SECRET_KIND.test(text)) return out;
  for (const doc of documents(text)) {
    if (!doc.isSecret) continue;
    for (const entry of doc.entries) {
      const reason = entryReason(entry);
      if (!reason) {
        out.push({ start: entry.start, end: entry.end, secret: entry.value, properties: { key: entry.key } });
        continue;
      }
      // What a Secret manifest holds is what the cluster gets: a weak or documented value there is
      // the live credential, not a stand-in. Only templates and fill-me-in markers are placeholders.
      const weak = WEAK_REASONS.has(reason) ? weakValue(entry) : undefined;
      if (weak === undefined) {
        context.filtered(reason);
        continue;
      }
      // Under a test path a weak value is a fixture's stand-in, not a deployment's credential.
      if (context.isTestPath) {
        context.filtered('weak-value-in-test-path');
        continue;
      }
      out.push({
        start: entry.start,
        end: entry.end,
        secret: entry.value,
        confidence: 'medium',
        note: reason === 'documented-example' ? 'the value is a published documentation example, and it is still the credential this Secret deploys' : 'the value is weak (a word, short or guessable), and it is still the credential this Secret deploys',
        properties: { key: entry.key, weakValue: reason },
      });
    }
  }
  return out;
}

interface Doc {
  isSecret: boolean;
  entries: Entry[];
}

/** YAML documents (split at `---`) with their kind and the entries of their data/stringData maps. */
function documents(text: string): Doc[] {
  const docs: Doc[] = [{ isSecret: false, entries: [] }];
  let section: { indent: number; encoded: boolean } | undefined;
  let entryIndent = -1;
  let block: { key: string; start: number; end: number; parts: string[]; encoded: boolean; indent: number } | undefined;
  const flushBlock = () => {
    if (block && block.parts.length) docs[docs.length - 1]!.entries.push({ key: block.key, value: block.parts.join(''), start: block.start, end: block.end, encoded: block.encoded });
    block = undefined;
  };
  for (let at = 0; at <= text.length; ) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    const line = text.slice(at, end).replace(/\r$/, '');
    const lineStart = at;
    at = end + 1;
    if (line.startsWith('---')) {
      flushBlock();
      docs.push({ isSecret: false, entries: [] });
      section = undefined;
      continue;
    }
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const indent = line.length - line.trimStart().length;
    if (block) {
      if (indent > block.indent) {
        if (block.parts.length === 0) block.start = lineStart + indent;
        block.parts.push(trimmed);
        block.end = lineStart + indent + trimmed.length;
        continue;
      }
      flushBlock();
    }
    if (KIND_SECRET.test(line)) docs[docs.length - 1]!.isSecret = true;
    if (section && indent <= section.indent) section = undefined;
    const head = SECTION.exec(line);
    if (head) {
      section = { indent: head[1]!.length, encoded: head[2] === 'data' };
      entryIndent = -1;
      continue;
    }
    if (!section) continue;
    const m = ENTRY.exec(line);
    if (!m) continue;
    if (entryIndent === -1) entryIndent = m[1]!.length;
    if (m[1]!.length !== entryIndent) continue;
    const key = m[2]!;
    // A comment starts at whitespace then `#`; found with a fixed-width search, not a backtracking regex.
    const comment = m[3]!.search(/[ \t]#/);
    let value = (comment === -1 ? m[3]! : m[3]!.slice(0, comment)).trim();
    if (value === '|' || value === '>' || /^[|>][+-]?$/.test(value)) {
      block = { key, start: lineStart, end: lineStart, parts: [], encoded: section.encoded, indent };
      continue;
    }
    let offset = line.indexOf(value, m[1]!.length + key.length + 1);
    if ((value.startsWith('"') && value.endsWith('"')) || (value.startsWith("'") && value.endsWith("'"))) {
      value = value.slice(1, -1);
      offset++;
    }
    if (value === '') continue;
    docs[docs.length - 1]!.entries.push({ key, value, start: lineStart + offset, end: lineStart + offset + value.length, encoded: section.encoded });
  }
  flushBlock();
  return docs;
}

/** Reasons that say a value is weak or published, not that it is absent or a stand-in. */
const WEAK_REASONS = new Set(['documented-example', 'placeholder', 'sequence', 'too-short', 'word-like', 'low-entropy', 'not-a-credential']);
/** Entry names that can only hold a credential. */
const CREDENTIAL_KEY = /pass|pwd|secret|token|key|auth|cred/i;
/** Entry names for the account, not its credential (`username_in`, `authUser`). */
const ACCOUNT_KEY = /user|login|name|mail|host|port|url|uri|addr/i;
/** Fill-me-in markers: the manifest's author did not put a credential here. */
const FILL_IN = /<[^<>]{0,100}>|replace|change[_ -]?me|your[_ -]|todo|tbd|fixme|redacted|insert|placeholder|x{4}|X{4}|\*{3}|\.{3}|(.)\1{5}/i;

/**
 * The decoded value of an entry that is weak rather than absent: a credential-named key or a
 * `user:password` value, at least 4 characters, no template or fill-in marker. Undefined otherwise.
 */
function weakValue(entry: Entry): string | undefined {
  let value = entry.value;
  if (entry.encoded) {
    if (!BASE64.test(value) || value.length % 4 !== 0) return undefined;
    value = Buffer.from(value, 'base64').toString('utf8').replace(/\r?\n$/, '');
    if (value.includes('\uFFFD') || /[\x00-\x08\x0e-\x1f]/.test(value)) return undefined;
  }
  if (value.length < 4 || value.length > 200 || FILL_IN.test(value) || referenceReason(value)) return undefined;
  // After the colon only digits is a port or a time (`db:5432`, `12:30:00`), not a password.
  const userPassword = /^[^\s:]{1,64}:[^\s]{4,}$/.test(value) && !/^[^:]*:[0-9:]+$/.test(value);
  // The last dotted part names the entry: `node.session.auth.username_in` is a user name.
  const tail = entry.key.slice(entry.key.lastIndexOf('.') + 1);
  const credentialKey = CREDENTIAL_KEY.test(tail) && !(ACCOUNT_KEY.test(tail) && !/pass|pwd|secret|token|key/i.test(tail));
  if (!userPassword && !credentialKey) return undefined;
  if (/^(?:true|false|yes|no|on|off|null)$/i.test(value)) return undefined;
  return value;
}

function entryReason(entry: Entry): string | undefined {
  const { key, value } = entry;
  if (/\{\{|\$\{|\$\(/.test(value)) return 'template';
  if (NOT_SECRET_KEY.test(key) || NOT_SECRET_CAMEL.test(key)) return 'not-a-secret-key';
  if (isDocumentedExample(value)) return 'documented-example';
  if (!entry.encoded) return plainReason(value);
  if (!BASE64.test(value) || value.length % 4 !== 0) return 'not-base64';
  const bytes = Buffer.from(value, 'base64');
  const decoded = bytes.toString('utf8');
  if (/^\.docker(?:cfg|configjson)$/.test(key)) return dockerConfigReason(decoded);
  if (decoded.startsWith('-----BEGIN')) return /PRIVATE KEY/.test(decoded.slice(0, 60)) ? undefined : 'public-certificate-or-key';
  // Not text: key material (an encryption key, a keystore). Short binary values are flags and ids.
  if (decoded.includes('\uFFFD') || /[\x00-\x08\x0e-\x1f]/.test(decoded)) return bytes.length >= 16 ? undefined : 'short-binary';
  return plainReason(decoded.replace(/\r?\n$/, ''));
}

/** `tcp://10.0.0.5:5705`, `https://vault.internal/`: where to connect, unless it carries `user:password@`. */
const URL_WITHOUT_CREDENTIALS = /^[a-z][a-z0-9+.-]{0,20}:\/\/[^\s@/]{1,253}(?:\/\S*)?$/i;

function plainReason(value: string): string | undefined {
  if (isDocumentedExample(value)) return 'documented-example';
  if (URL_WITHOUT_CREDENTIALS.test(value) || /^\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?$/.test(value)) return 'address';
  const reference = referenceReason(value);
  if (reference) return reference;
  const placeholder = placeholderReason(value);
  if (placeholder) return placeholder;
  if (value.length < 8) return 'too-short';
  if (/^(?:true|false|yes|no|on|off|null|\d+)$/i.test(value)) return 'not-a-credential';
  if (/^[a-z]+(?:[_-][a-z]+)*$/.test(value)) return 'word-like';
  if (charClasses(value) < 2 || shannonEntropy(value) < 2.8) return 'low-entropy';
  return undefined;
}

/** A docker config is a secret when one of its registries carries an auth or a password. */
function dockerConfigReason(decoded: string): string | undefined {
  try {
    const json = JSON.parse(decoded) as { auths?: Record<string, { auth?: string; password?: string }> } & Record<string, { auth?: string; password?: string }>;
    const registries = json.auths ?? json;
    for (const entry of Object.values(registries)) {
      const credential = entry && typeof entry === 'object' ? (entry.password ?? entry.auth) : undefined;
      if (typeof credential === 'string' && credential.length >= 4 && !placeholderReason(credential)) return undefined;
    }
    return 'docker-config-without-credentials';
  } catch {
    return 'docker-config-not-json';
  }
}

export const rule: SecretRule = {
  meta: secretMeta({
    name: 'kubernetes-secret-data',
    title: 'Credential in a Kubernetes Secret manifest',
    provider: 'the cluster workloads that mount it',
    what: 'A credential in a Kubernetes Secret manifest (base64 is an encoding, not encryption)',
    gitleaks: 'kubernetes-secret-yaml',
    remediation:
      'Rotate the credential, then keep it out of the manifest: create the Secret from a secrets manager (External Secrets, the CSI driver) or commit it encrypted (Sealed Secrets, SOPS). Base64 in `data:` is only an encoding.',
  }),
  keywords: ['apiversion'],
  find,
  fake: (r) => Buffer.from(`${r.chars(ALNUM, 14)}!${r.chars(ALNUM, 6)}`).toString('base64'),
};

export const meta = rule.meta;
