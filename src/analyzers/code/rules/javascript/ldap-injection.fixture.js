const ldap = require('ldapjs');
app.get('/who', (req, res) => {
// ruleid: code/javascript/ldap-injection
  client.search('ou=people', { filter: '(uid=' + req.query.user + ')' }, () => res.end());
// ok: code/javascript/ldap-injection
  client.search('ou=people', { filter: '(uid=admin)' }, () => res.end());
});
