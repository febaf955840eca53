package test

q := base64.encode(1)
