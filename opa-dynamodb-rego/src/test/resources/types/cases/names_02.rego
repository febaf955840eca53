package test

q := split("a.b", ".")[0].x
