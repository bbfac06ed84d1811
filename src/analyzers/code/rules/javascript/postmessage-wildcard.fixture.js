// ruleid: code/javascript/postmessage-wildcard
window.parent.postMessage({ token }, '*');
// ok: code/javascript/postmessage-wildcard
window.parent.postMessage({ token }, 'https://app.example.com');
