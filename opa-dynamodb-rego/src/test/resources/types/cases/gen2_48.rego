package test

q := [1, 2][_] + "s"
