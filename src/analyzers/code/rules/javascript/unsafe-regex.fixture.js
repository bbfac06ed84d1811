// ruleid: code/javascript/unsafe-regex
const email = /^([a-zA-Z0-9]+)+@example\.com$/;
// ok: code/javascript/unsafe-regex
const simple = /^[a-z0-9]+@example\.com$/;
// ok: code/javascript/unsafe-regex
const words = /^[a-z]+(?:[_-][a-z]+)*$/;
