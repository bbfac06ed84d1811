import xml.sax
parser = xml.sax.make_parser()
# ruleid: code/python/xxe-enabled
parser.setFeature(xml.sax.handler.feature_external_ges, True)
# ok: code/python/xxe-enabled
parser.setFeature(xml.sax.handler.feature_external_ges, False)
