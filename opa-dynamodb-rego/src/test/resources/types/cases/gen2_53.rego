package test

p := 7
q := data.test.p[0]
