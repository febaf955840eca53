package test

q := 1 / 0
