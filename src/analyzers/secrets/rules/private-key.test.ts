import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { keyBodyReason } from './private-key.js';

test('a long key body with a four-letter mark in it by chance is still a key; fill-in text is not', () => {
  const body = randomBytes(2400).toString('base64').replace(/[^A-Za-z0-9+/]/g, 'Q');
  // about one real 4096-bit key in 1,300 holds `your` or `xxxx` somewhere
  for (const mark of ['your', 'YOUR', 'xxxx', 'XXXX']) {
    const withMark = body.slice(0, 1000) + mark + body.slice(1004);
    assert.equal(keyBodyReason(withMark), undefined, mark);
  }
  for (const fill of ['xxxxxxxxxxxxxxxx', 'YourPrivateKeyGoesHere', 'REDACTED', 'EXAMPLEKEY']) {
    assert.ok(keyBodyReason(body.slice(0, 1000) + fill + body.slice(1000)), fill);
  }
  assert.equal(keyBodyReason('A'.repeat(200) + body.slice(0, 40)), 'repeated-characters', 'zero bytes and too little else');
});
