// Shared by every analyzer that must tell a real credential from documentation: secrets, and agent configs (MCP env and headers).
/**
 * Values that look like secrets but are documentation, templates or references.
 * Returns the reason a value is not a real secret, or undefined.
 */

/** Example values published in provider docs; they appear in thousands of READMEs. */
const DOCUMENTED_EXAMPLES = new Set([
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY',
  'ASIAIOSFODNN7EXAMPLE',
  'AKIAI44QH8DHBEXAMPLE',
  'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
  'pk_test_TYooMQauvdEDq54NiTphI7jx',
  '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',
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  // NuGet.config reference (learn.microsoft.com), copied into countless configs as the cleartext-password example.
  '33f!!lloppa',
  'hal+9ooo_da!sY',
  // Kubernetes documentation, "Managing Secrets using kubectl" (current and older versions): base64 and decoded.
  'UyFCXCpkJHpEc2I9',
  'S!B\\*d$zDsb=',
  'MWYyZDFlMmU2N2Rm',
  '1f2d1e2e67df',
  // Placeholder API keys shipped in the firebase-android-sdk samples and tests (also allowlisted by gitleaks).
  'AIzaSyabcdefghijklmnopqrstuvwxyz1234567',
  'AIzaSyAnLA7NfeLquW1tJFpx_eQCxoX-oo6YyIs',
  'AIzaSyCkEhVjf3pduRDt6d1yKOMitrUEke8agEM',
  'AIzaSyDMAScliyLx7F0NPDEJi1QmyCgHIAODrlU',
  'AIzaSyD3asb-2pEZVqMkmL6M9N6nHZRR_znhrh0',
  'AIzayDNSXIbFmlXbIE6mCzDLQAqITYefhixbX4A',
  'AIzaSyAdOS2zB6NCsk1pCdZ4-P6GBdi_UUPwX7c',
  'AIzaSyASWm6HmTMdYWpgMnjRBjxcQ9CKctWmLd4',
  'AIzaSyANUvH9H9BsUccjsu2pCmEkOPjjaXeDQgY',
  'AIzaSyA5_iVawFQ8ABuTZNUdcwERLJv_a_p4wtM',
  'AIzaSyA4UrcGxgwQFTfaI3no3t7Lt1sjmdnP5sQ',
  'AIzaSyDSb51JiIcB6OJpwwMicseKRhhrOq1cS7g',
  'AIzaSyBF2RrAIm4a0mO64EShQfqfd2AFnzAvvuU',
  'AIzaSyBcE-OOIbhjyR83gm4r2MFCu4MJmprNXsw',
  'AIzaSyB8qGxt4ec15vitgn44duC5ucxaOi4FmqE',
  'AIzaSyA8vmApnrHNFE0bApF4hoZ11srVL_n0nvY',
]);

/** Values published as examples in provider documentation. */
export function isDocumentedExample(value: string): boolean {
  return DOCUMENTED_EXAMPLES.has(value);
}

const PLACEHOLDER_WORDS = [
  'example', 'sample', 'placeholder', 'your', 'changeme', 'change_me', 'change-me', 'dummy', 'redacted',
  'insert', 'replace', 'xxxx', 'fake', 'foobar', 'secret_here', 'token_here', 'key_here', 'here',
  'mock', 'lorem', 'todo', 'tbd', 'notreal', 'not_real', 'not-a-', 'invalid', 'abcdefgh', 'abc123', 'qwerty',
  '1234567', '0123456', 'password', 'passwd', 'secret', '*****', '....', '<', '>', '{', '}', '${', '$(', '%(', '%s', '{{', '[',
];

export function placeholderReason(value: string, options: { words?: boolean } = {}): string | undefined {
  if (DOCUMENTED_EXAMPLES.has(value)) return 'documented-example';
  if (/(.)\1{5}/.test(value)) return 'repeated-characters';
  if (options.words !== false) {
    const lower = value.toLowerCase();
    for (const w of PLACEHOLDER_WORDS) if (lower.includes(w)) return 'placeholder';
  }
  if (isSequence(value)) return 'sequence';
  return undefined;
}

/** Only the structural markers: used on provider token bodies, where dictionary words can occur by chance. */
export function providerPlaceholderReason(body: string): string | undefined {
  if (DOCUMENTED_EXAMPLES.has(body)) return 'documented-example';
  // A run of 6 occurs by chance in about one random 64-character hex token in 18,000; a run of 8 in one in five million.
  if (body.length >= 40 ? /(.)\1{7}/.test(body) : /(.)\1{5}/.test(body)) return 'repeated-characters';
  if (/x{4}|X{4}|EXAMPLE|example|PLACEHOLDER|placeholder|your|YOUR|\.\.\.|\*\*\*|<|>/.test(body)) return 'placeholder';
  if (isSequence(body)) return 'sequence';
  return undefined;
}

/** abcdefgh…, 12345678…: a keyboard-walk or counting sequence over most of the value. */
function isSequence(value: string): boolean {
  let run = 1;
  let best = 1;
  for (let i = 1; i < value.length; i++) {
    if (value.charCodeAt(i) === value.charCodeAt(i - 1) + 1) {
      run++;
      if (run > best) best = run;
    } else run = 1;
  }
  return best >= 8 || (value.length < 24 && best >= Math.max(5, value.length * 0.5));
}

/** A reference to a value held elsewhere: environment variable, template, config lookup. */
export function referenceReason(value: string): string | undefined {
  if (/^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/.test(value)) return 'env-reference';
  if (/^%[A-Za-z_][A-Za-z0-9_]*%$/.test(value)) return 'env-reference';
  if (/^(process\.env|os\.environ|os\.getenv|env\(|ENV\[|System\.getenv|getenv\(|config\.|settings\.|secrets\.|vault:|ref\+|arn:aws:secretsmanager|!Ref|\{\{)/i.test(value)) return 'reference';
  return undefined;
}
