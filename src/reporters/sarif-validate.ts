import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * Validates a SARIF log against the vendored OASIS schema (test/schemas, a copy of
 * ../shared/schemas so a fresh clone can always find it). Dev-only: ajv is a dev dependency.
 * The schema is draft-04; ajv 8 reads it once `id` is renamed and the draft marker dropped,
 * which changes no constraint it uses.
 */
export function validateSarif(log: unknown): string[] {
  const require = createRequire(import.meta.url);
  const Ajv = require('ajv').default as new (o: object) => { compile(s: object): ((d: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] } };
  const addFormats = require('ajv-formats').default as (ajv: unknown) => void;
  const schemaPath = fileURLToPath(new URL('../../test/schemas/sarif-schema-2.1.0.json', import.meta.url));
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
  delete schema.$schema;
  schema.$id = schema.id;
  delete schema.id;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  if (validate(log)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}
