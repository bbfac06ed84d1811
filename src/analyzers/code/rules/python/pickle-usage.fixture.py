import pickle, json
# ruleid: code/python/pickle-usage
obj = pickle.load(open("cache.bin", "rb"))
# ok: code/python/pickle-usage
data = json.load(open("cache.json"))
