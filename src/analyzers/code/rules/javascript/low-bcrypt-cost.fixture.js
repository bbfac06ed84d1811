const bcrypt = require('bcrypt');
// ruleid: code/javascript/low-bcrypt-cost
const h = await bcrypt.hash(password, 4);
// ok: code/javascript/low-bcrypt-cost
const g = await bcrypt.hash(password, 12);
