const crypto = require('crypto');
const bcrypt = require('bcrypt');
const argon2 = require('argon2');

function hashPasswords(passwords) {
  return passwords.map((password) => {
    const salt = Buffer.from('9f2c4be1aa0d3f6e', 'hex');
// ruleid: code/javascript/hardcoded-salt
    return crypto.pbkdf2Sync(password, salt, 100000, 32, 'sha256');
  });
}

// ruleid: code/javascript/hardcoded-salt
crypto.scrypt(password, 'static-salt', 64, (err, key) => done(err, key));

// ruleid: code/javascript/hardcoded-salt
const digest = await bcrypt.hash(password, '$2b$10$abcdefghijklmnopqrstuv');

// ruleid: code/javascript/hardcoded-salt
const a2 = await argon2.hash(password, { salt: Buffer.from('constant-salt-value') });

function hashFresh(password) {
  const salt = crypto.randomBytes(32);
// ok: code/javascript/hardcoded-salt
  return [crypto.pbkdf2Sync(password, salt, 210000, 32, 'sha256'), salt];
}

function hashWithStoredSalt(password, user) {
  // The salt comes from the user record: per-user, not a constant.
// ok: code/javascript/hardcoded-salt
  return crypto.scryptSync(password, user.salt, 64);
}

// ok: code/javascript/hardcoded-salt
const cost = await bcrypt.hash(password, 12);

// RFC 5869 allows a fixed or empty HKDF salt: it is not a password hash.
// ok: code/javascript/hardcoded-salt
const subkey = crypto.hkdfSync('sha256', masterKey, Buffer.alloc(0), 'enc', 32);

async function hashWithShorthand(password) {
  const salt = Buffer.from('shared-salt-for-all');
// ruleid: code/javascript/hardcoded-salt
  return argon2.hash(password, { salt });
}
