package test

q := io.jwt.decode("x")[0].alg
