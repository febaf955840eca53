package test

q := [1, 2][0].a
