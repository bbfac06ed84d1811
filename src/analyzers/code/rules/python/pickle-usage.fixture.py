import pickle, json
# ruleid: code/python/pickle-usage
obj = pickle.load(open("cache.bin", "rb"))
# ok: code/python/pickle-usage
data = json.load(open("cache.json"))
import shelve, dbm
# ruleid: code/python/pickle-usage
store = shelve.open("sessions.db")
# ok: code/python/pickle-usage
raw = dbm.open("sessions.raw", "c")
