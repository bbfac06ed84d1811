// ruleid: secrets/generic-api-key
const apiKey = '{{fake:generic-api-key}}';
// ok: secrets/generic-api-key
const apiKey2 = process.env.SERVICE_API_KEY;
// ok: secrets/generic-api-key
const tokenUrl = 'https://auth.example.com/oauth/token';
// ok: secrets/generic-api-key
const token = this.state.tokens.nextToken;
// ok: secrets/generic-api-key
const publicKey = 'pk_abcdef0123456789abcdef0123456789';
// ok: secrets/generic-api-key
headers['x-api-key'] = config.apiKey;
