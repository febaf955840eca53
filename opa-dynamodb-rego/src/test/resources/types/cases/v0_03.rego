package test

default d = 1
q { d == "s" }
