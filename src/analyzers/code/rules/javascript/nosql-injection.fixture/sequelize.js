// Sequelize: operators are symbols, a JSON body cannot inject them; no MongoDB marker in the file.
const { User } = require('../models');

router.post('/lookup', async (req, res) => {
// ok: code/javascript/nosql-injection
  const user = await User.findOne({ where: { email: req.body.email } });
  const byPk = await User.findByPk(req.params.id);
  res.json({ ok: !!user && !!byPk });
});
