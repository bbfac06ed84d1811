import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';

/**
 * A tamper-evident audit log: JSON lines, each record carrying the hash of the previous one and
 * its own hash over a canonical encoding. Editing, reordering or deleting any record (except by
 * truncating the tail, which `verify` reports against an expected count or head hash) breaks the chain.
 */

export interface AuditRecord {
  readonly seq: number;
  readonly time: string;
  readonly kind: 'scan' | 'signoff';
  readonly subject: Readonly<Record<string, unknown>>;
  readonly prev: string;
  readonly hash: string;
}

export const GENESIS = '0'.repeat(64);

/** JSON with sorted keys at every level, so the hash does not depend on key order. */
export function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

export function recordHash(record: Omit<AuditRecord, 'hash'>): string {
  return createHash('sha256').update(canonical({ seq: record.seq, time: record.time, kind: record.kind, subject: record.subject, prev: record.prev })).digest('hex');
}

export interface Verification {
  readonly ok: boolean;
  readonly records: number;
  readonly head: string;
  readonly problems: readonly string[];
}

export function verifyText(text: string): Verification & { last?: AuditRecord } {
  const problems: string[] = [];
  let prev = GENESIS;
  let count = 0;
  let last: AuditRecord | undefined;
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  lines.forEach((line, i) => {
    let record: AuditRecord;
    try {
      record = JSON.parse(line) as AuditRecord;
    } catch {
      problems.push(`line ${i + 1}: not JSON`);
      return;
    }
    if (record.seq !== count + 1) problems.push(`line ${i + 1}: sequence ${record.seq}, expected ${count + 1} (a record was deleted or reordered)`);
    if (record.prev !== prev) problems.push(`line ${i + 1}: previous-hash mismatch (a record before it was edited or deleted)`);
    const expected = recordHash(record);
    if (record.hash !== expected) problems.push(`line ${i + 1}: record hash mismatch (this record was edited)`);
    prev = record.hash;
    count++;
    last = record;
  });
  return { ok: problems.length === 0, records: count, head: prev, problems, ...(last ? { last } : {}) };
}

export function verifyLog(file: string, expect?: { records?: number; head?: string }): Verification {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const v = verifyText(text);
  const problems = [...v.problems];
  if (expect?.records !== undefined && v.records < expect.records) problems.push(`${expect.records - v.records} record(s) missing from the end of the log`);
  if (expect?.head !== undefined && v.head !== expect.head && !text.includes(`"hash":"${expect.head}"`)) problems.push('the expected head hash is not in the log (the tail was replaced)');
  return { ok: problems.length === 0, records: v.records, head: v.head, problems };
}

/** Appends one record; refuses to extend a log whose chain is already broken. */
export function appendRecord(file: string, kind: AuditRecord['kind'], subject: Record<string, unknown>, time = new Date().toISOString()): AuditRecord {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const v = verifyText(text);
  if (!v.ok) throw new Error(`audit log ${file} fails verification, not appending: ${v.problems[0]}`);
  const base = { seq: v.records + 1, time, kind, subject, prev: v.head };
  const record: AuditRecord = { ...base, hash: recordHash(base) };
  appendFileSync(file, JSON.stringify(record) + '\n');
  return record;
}

export function readRecords(file: string): AuditRecord[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).flatMap((l) => {
    try {
      return [JSON.parse(l) as AuditRecord];
    } catch {
      return [];
    }
  });
}
