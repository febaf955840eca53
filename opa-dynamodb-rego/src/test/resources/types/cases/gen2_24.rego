package test

q := 1 & 2
