function isValidEmail(email) {
// ruleid: code/javascript/overlapping-quantifier-regex
  const pattern = /^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}(?:\.[a-zA-Z]{2,})*$/;
  return pattern.test(email);
}

// ruleid: code/javascript/overlapping-quantifier-regex
const host = /^[\w.-]+(\.\w+)+$/;

// The leading class excludes the separator: each split is forced.
// ok: code/javascript/overlapping-quantifier-regex
const safeHost = /^[\w-]+(?:\.[\w-]+)*$/;
// ok: code/javascript/overlapping-quantifier-regex
const simpleEmail = /^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}$/;
// ok: code/javascript/overlapping-quantifier-regex
const words = /^[a-z]+(?:[_-][a-z]+)*$/;
// Nothing after the group can fail: the first greedy split already matches.
// ok: code/javascript/overlapping-quantifier-regex
const prefix = /[\w.]+(\.\w+)*/;
// ok: code/javascript/overlapping-quantifier-regex
const semver = /^(\d+)\.(\d+)\.(\d+)(?:-([\w.]+))?$/;
