// ok: dependencies/phantom-import
import express from 'express';
// ok: dependencies/phantom-import
import { readFileSync } from 'node:fs';
// ok: dependencies/phantom-import
import path from 'path';
// ok: dependencies/phantom-import
import { helper } from './helper.js';
// ok: dependencies/phantom-import
import { thing } from '@scope/declared/sub/path';
// ok: dependencies/phantom-import
import React from 'react';
// ruleid: dependencies/phantom-import
import { sanitize } from 'express-input-sanitizer-pro';
// ruleid: dependencies/phantom-import
const jwt = require('jsonwebtoken');
// ruleid: dependencies/phantom-import
const mod = await import('@acme/not-declared');
// ok: dependencies/phantom-import
// import notReal from 'commented-out-package';
// ok: dependencies/phantom-import
import getPrototypeOf from 'getPrototypeOf';
// ruleid: dependencies/phantom-import
import JSONStream from 'JSONStream';
let fast;
try {
  // ok: dependencies/phantom-import
  fast = require('fast-native-addon');
} catch {
  fast = null;
}
// ok: dependencies/phantom-import
const maybe = await import('optional-colors').catch(() => null);
// ruleid: dependencies/phantom-import
const retry = { policy: require('retry-policy-helper') };

export default { express, readFileSync, path, helper, thing, React, sanitize, jwt, mod, getPrototypeOf, JSONStream, fast, maybe, retry };
