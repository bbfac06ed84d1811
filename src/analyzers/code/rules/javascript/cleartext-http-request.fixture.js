async function loadLibrary() {
// ruleid: code/javascript/cleartext-http-request
  const r = await fetch('http://code.example-cdn.net/lib.min.js');
  return r.text();
}

async function getUser(id) {
// ruleid: code/javascript/cleartext-http-request
  const { data } = await axios.get(`http://api.partner-service.com/users/${id}`);
// ruleid: code/javascript/cleartext-http-request
  $.ajax({ url: 'http://tracker.analytics-vendor.io/hit', method: 'POST' });
// ruleid: code/javascript/cleartext-http-request
  const socket = new WebSocket('ws://chat.public-host.org/room');
  return [data, socket];
}

async function internal(id) {
// ok: code/javascript/cleartext-http-request
  await fetch('https://api.partner-service.com/users/' + id);
// ok: code/javascript/cleartext-http-request
  await fetch('http://localhost:3000/health');
// ok: code/javascript/cleartext-http-request
  await axios.get('http://169.254.169.254/latest/meta-data/');
// ok: code/javascript/cleartext-http-request
  await fetch('http://user-service:8080/users/' + id);
// ok: code/javascript/cleartext-http-request
  await fetch('http://10.0.3.7/status');
// ok: code/javascript/cleartext-http-request
  await fetch(process.env.API_URL + '/users');
}
