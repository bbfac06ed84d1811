import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultConfig } from './defaults.js';
import { configSchema } from './schema.js';

describe('config defaults', () => {
  it('the written-out defaults equal what the schema produces for an empty config', () => {
    assert.deepEqual(defaultConfig, configSchema.parse({}));
  });
  it('the lazily built schema validates and reports key paths', () => {
    const result = configSchema.safeParse({ failOn: 'extreme', ignore: [{ rule: 'x', reason: '' }] });
    assert.equal(result.success, false);
    assert.deepEqual(result.error!.issues.map((i) => i.path.join('.')).sort(), ['failOn', 'ignore.0.reason']);
  });
});
