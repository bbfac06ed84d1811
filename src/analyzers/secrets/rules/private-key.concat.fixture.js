// Template literals joined with `+` are still one key.
// ruleid: secrets/private-key
const signingKey = {{fake:private-key-concat-js}};
// ok: secrets/private-key
const header = `-----BEGIN RSA PRIVATE KEY-----\n` + `...\n` + `-----END RSA PRIVATE KEY-----`;
