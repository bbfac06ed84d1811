// ruleid: code/javascript/tls-env-disabled
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
// ok: code/javascript/tls-env-disabled
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1';
