// ruleid: code/javascript/postmessage-wildcard
window.parent.postMessage({ token }, '*');
// ok: code/javascript/postmessage-wildcard
window.parent.postMessage({ token }, 'https://app.example.com');
function notify(frame, event) {
// ruleid: code/javascript/postmessage-wildcard
  frame.contentWindow.postMessage(JSON.stringify(event), '*');
// ok: code/javascript/postmessage-wildcard
  frame.contentWindow.postMessage(JSON.stringify(event), 'https://app.example.com');
// ok: code/javascript/postmessage-wildcard
  worker.postMessage(buffer, [buffer]);
}
// A constant wake-up message leaks nothing: reported at low confidence only.
// ruleid: code/javascript/postmessage-wildcard
window.postMessage('process-tick', '*');
