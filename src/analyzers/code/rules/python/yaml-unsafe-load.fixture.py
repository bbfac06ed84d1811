import yaml
# ruleid: code/python/yaml-unsafe-load
cfg = yaml.load(open("c.yml"), Loader=yaml.Loader)
# ok: code/python/yaml-unsafe-load
safe = yaml.safe_load(open("c.yml"))
