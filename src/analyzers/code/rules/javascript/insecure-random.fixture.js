// ruleid: code/javascript/insecure-random
const resetToken = Math.random().toString(36).slice(2);
// ok: code/javascript/insecure-random
const jitter = Math.random() * 100;
