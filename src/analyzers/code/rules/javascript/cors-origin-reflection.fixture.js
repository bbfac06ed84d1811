app.use((req, res, next) => {
// ruleid: code/javascript/cors-origin-reflection
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
// ok: code/javascript/cors-origin-reflection
  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
  next();
});
