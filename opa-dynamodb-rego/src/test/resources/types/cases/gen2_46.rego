package test

q := crypto.x509.parse_certificates("x")[0].Subject
