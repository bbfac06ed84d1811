// A route file that imports its Mongoose model and never names mongo.
const User = require('../models/User');

router.post('/lookup', async (req, res) => {
  const { email, password } = req.body;
// ruleid: code/javascript/nosql-injection
  const user = await User.findOne({ email, password }).lean();
  res.json({ ok: !!user });
});

router.get('/users/:id', async (req, res) => {
// ok: code/javascript/nosql-injection
  const user = await User.findById(String(req.params.id)).populate('posts');
  res.json(user);
});
