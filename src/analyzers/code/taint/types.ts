import type { RuleMeta } from '../../../core/rule.js';
import type { Confidence } from '../../../core/severity.js';
import type { TraceStep } from '../../../core/finding.js';
import type { CodeLanguage } from '../parsing/parse.js';

/** Sink families; sanitizers clear one family at a time (an HTML escape does not make SQL safe). */
export type SinkCategory =
  | 'sql' | 'nosql' | 'shell' | 'code' | 'path' | 'ssrf' | 'redirect' | 'xss' | 'deserialization'
  | 'xxe' | 'template' | 'ldap' | 'xpath' | 'regex' | 'prototype' | 'log' | 'header' | 'session';

/** Where tainted data came from; decides the finding's confidence. */
export type Origin = 'request' | 'cli' | 'env' | 'param';

export interface Taint {
  readonly origin: Origin;
  readonly label: string;
  /** Source first, then the propagation steps (bounded). */
  readonly trace: readonly TraceStep[];
  /** Categories a sanitizer already made safe. */
  readonly cleared: readonly SinkCategory[];
  /** The value was built by concatenation/formatting (string construction), not just passed through. */
  readonly constructed: boolean;
  /** The value was made into a filesystem path (`Path(x)`, `base / x`): path-object methods on it are file access. */
  readonly pathBuilt?: boolean;
  /** For origin 'param': which parameter of the enclosing function. */
  readonly paramIndex?: number;
}

/**
 * A sink described as data. A call matches when its callee is in `calls` (whole normalised text,
 * or its last segments) or its last property is in `methods` (optionally only on receivers named in
 * `receivers`); then the listed arguments are checked for taint.
 */
export interface SinkSpec {
  readonly category: SinkCategory;
  readonly calls?: readonly string[];
  readonly methods?: readonly string[];
  readonly receivers?: readonly string[];
  /** Positional arguments to check; default [0]. 'all' checks every argument. */
  readonly args?: readonly number[] | 'all';
  /** Python keyword arguments that carry the same value. */
  readonly kwargs?: readonly string[];
  /** Only with this text in the argument list (whitespace removed), e.g. `shell=True`. */
  readonly argText?: string;
  /** Not when the argument list contains any of these (whitespace removed): Express `sendFile(p, { root })` confines p to root; a `text/plain` body is not HTML. */
  readonly unlessArgText?: readonly string[];
  /** Only in files containing this text (cheap proof the API is imported). */
  readonly fileText?: string;
  /** Match `new X(...)` instead of calls. */
  readonly isNew?: boolean;
  /** `obj.<prop> = tainted` is the sink. */
  readonly assignProps?: readonly string[];
  /** `session['k'] = tainted` / `flask.session.k = tainted`: writes into these containers are the sink. */
  readonly assignRoots?: readonly string[];
  /** JSX attribute `<x attr={tainted}>`. */
  readonly jsxAttrs?: readonly string[];
  /** Python: a tainted value returned from a web route handler (Flask/Django response body). */
  readonly routeReturn?: boolean;
  /** The first argument is an argv list that starts a shell (`['sh', '-c', cmd]`): the items after the flag are the command. */
  readonly shellList?: boolean;
  /** The method's receiver is the checked value (`Path(name).read_text()`), instead of its arguments. */
  readonly receiverArg?: boolean;
  /** A tuple argument is Flask's `(body, status, headers)`: only the body is checked. */
  readonly responseTuple?: boolean;
  /** Report flows from parameters of unknown origin (medium confidence, constructed strings only). */
  readonly fromParams?: boolean;
}

export interface TaintRule {
  readonly kind: 'taint';
  readonly meta: RuleMeta;
  readonly language: CodeLanguage;
  readonly sinks: readonly SinkSpec[];
  readonly message: string;
}

export interface SinkHit {
  readonly rule: TaintRule;
  readonly taint: Taint;
  readonly sinkStart: number;
  readonly sinkEnd: number;
  readonly sinkText: string;
}

export const ORIGIN_CONFIDENCE: Record<Origin, Confidence> = { request: 'high', cli: 'low', env: 'low', param: 'medium' };
