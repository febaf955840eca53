package test

q := "a" == 1
