import ftplib
# ruleid: code/python/cleartext-protocol
ftp = ftplib.FTP("files.example.com")
# ok: code/python/cleartext-protocol
secure = ftplib.FTP_TLS("files.example.com")
