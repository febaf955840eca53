package test

q := io.jwt.decode("x")[3]
