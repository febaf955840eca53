package test

q := [1, 2][input.i] + "s"
