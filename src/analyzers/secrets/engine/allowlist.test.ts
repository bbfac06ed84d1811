import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generators, RandomSource } from '../../../testing/fake-secrets.js';
import { ALNUM, HEX } from './fake.js';
import { allowlistedOnly, classifyTokens, classifyValue, secretBearingPart } from './allowlist.js';

const r = new RandomSource('allowlist-test');

describe('allowlist classifier (issue-mandated classes)', () => {
  it('classes filler, sequences, documented examples and placeholder words', () => {
    assert.deepEqual(classifyValue(`AKIA${'Q'.repeat(16)}`), { kind: 'allowlisted', reason: 'repeated-characters' });
    assert.deepEqual(classifyValue('ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'), { kind: 'allowlisted', reason: 'repeated-characters' });
    assert.deepEqual(classifyValue('tok_abcdefghijklmnop9'), { kind: 'allowlisted', reason: 'sequence' });
    assert.deepEqual(classifyValue('AKIAIOSFODNN7EXAMPLE'), { kind: 'allowlisted', reason: 'documented-example' });
    assert.deepEqual(classifyValue(`k${r.chars(ALNUM, 6)}MockKey9${r.chars(ALNUM, 6)}`).kind, 'allowlisted');
    assert.deepEqual(classifyValue('password'), { kind: 'allowlisted', reason: 'placeholder-word' });
  });

  it('reads base64 of binary key material as a value, even with a run of zero bytes', () => {
    const key = Buffer.concat([Buffer.alloc(8), Buffer.from(r.chars(ALNUM, 8), 'latin1'), Buffer.from([0xff, 0x10, 0x80, 0x7f, 0x01, 0xfe])]).toString('base64');
    assert.match(key, /^AAAAAAAAAA/);
    assert.deepEqual(classifyValue(key), { kind: 'candidate' });
    assert.deepEqual(classifyValue(`AKIA${'Z'.repeat(16)}`).kind, 'allowlisted');
  });

  it('leaves random values, words and short runs alone', () => {
    assert.deepEqual(classifyValue(`sk_${r.chars(ALNUM, 32)}`), { kind: 'candidate' });
    assert.deepEqual(classifyValue('DATABASE_URL'), { kind: 'word' });
    assert.deepEqual(classifyValue('registryMirror'), { kind: 'word' });
    assert.deepEqual(classifyValue('abc'), { kind: 'short' });
  });

  it('checks the secret part of a token with numeric id segments', () => {
    const secret = r.chars(HEX, 18);
    assert.equal(secretBearingPart(`xoxa-511111111-31111111111-${secret}`), `xoxa-${secret}`);
    assert.deepEqual(classifyValue(`xoxa-511111111-31111111111-${secret}`), { kind: 'candidate' });
    assert.equal(secretBearingPart('1234567890'), '1234567890');
  });

  it('keeps weak real passwords and credential-shaped map keys as values', () => {
    assert.deepEqual(classifyValue('MyPassword123'), { kind: 'candidate' });
    assert.deepEqual(classifyValue('secret123'), { kind: 'candidate' });
    assert.equal(classifyValue('your-secret-here').kind, 'allowlisted');
    assert.deepEqual(classifyValue('changeme123x'), { kind: 'allowlisted', reason: 'placeholder-word' });
    assert.equal(allowlistedOnly('DB_PASSWORD=MyPassword123!'), undefined);
    const token = `ghp_${r.chars(ALNUM, 36)}`;
    assert.deepEqual(classifyTokens(`{"${token}": "x"}`)[0]!.result, { kind: 'candidate' });
    assert.equal(allowlistedOnly(`{"${token}": "${'x'.repeat(12)}"}`), undefined);
  });

  it('reads key names as names, not as placeholder words', () => {
    const tokens = classifyTokens(`password: ${r.chars(ALNUM, 20)}`);
    assert.deepEqual(tokens.map((t) => t.result.kind), ['name', 'candidate']);
    assert.equal(allowlistedOnly(`password: ${r.chars(ALNUM, 20)}`), undefined);
  });

  it('reads a PEM body as one value and its armor as structure', () => {
    const key = `-----BEGIN EC PRIVATE KEY-----\n${r.chars(ALNUM, 64)}\n${r.chars(ALNUM, 40)}\n-----END EC PRIVATE KEY-----`;
    assert.deepEqual(classifyTokens(key).map((t) => t.result.kind), ['candidate']);
    assert.deepEqual(allowlistedOnly('-----BEGIN PRIVATE KEY-----\nyour private key goes here\n-----END PRIVATE KEY-----')?.reasons, ['placeholder']);
    assert.equal(allowlistedOnly('-----BEGIN PRIVATE KEY-----\nlorum dolor sit amet'), undefined);
  });

  it('reads an OpenSSH key body as key material: its runs of A are zero-byte length fields', () => {
    const key = generators['private-key-openssh']!(r);
    assert.match(key, /A{8}/);
    assert.equal(allowlistedOnly(key), undefined);
    assert.equal(allowlistedOnly(JSON.stringify({ private_key: key })), undefined);
    assert.deepEqual(allowlistedOnly(`-----BEGIN OPENSSH PRIVATE KEY-----\n${'A'.repeat(200)}\n-----END OPENSSH PRIVATE KEY-----`)?.reasons, ['repeated-characters']);
  });

  it('sets a text aside only when every credential-length value is allowlisted', () => {
    assert.deepEqual(allowlistedOnly(`API_TOKEN = "tok_${'x'.repeat(20)}"`)?.reasons, ['repeated-characters']);
    assert.deepEqual(allowlistedOnly('https://deploy:password@db.internal.net')?.reasons, ['placeholder-word']);
    assert.equal(allowlistedOnly(`API_TOKEN = "tok_${'x'.repeat(20)}" # real: ${r.chars(ALNUM, 24)}`), undefined);
    assert.equal(allowlistedOnly('nothing to see here'), undefined);
    // base64 padding stays part of the value
    const b64 = Buffer.from(r.chars(ALNUM, 10)).toString('base64');
    assert.equal(classifyTokens(`v: ${b64}\n`).at(-1)!.token, b64);
  });
});
