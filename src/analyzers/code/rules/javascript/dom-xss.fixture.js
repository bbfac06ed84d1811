const q = location.hash.slice(1);
// ruleid: code/javascript/dom-xss
document.getElementById('out').innerHTML = '<b>' + q + '</b>';
// ok: code/javascript/dom-xss
document.getElementById('out').textContent = q;
// ok: code/javascript/dom-xss
document.getElementById('out').innerHTML = DOMPurify.sanitize(q);
