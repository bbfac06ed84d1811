// ruleid: secrets/jwt-sign-literal-secret
const token = jwt.sign({ sub: user.id }, '{{fake:jwt-sign-literal-secret}}');
// ok: secrets/jwt-sign-literal-secret
const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET);
