package test

default d := 1
d := "s" if input.x
q := d + 1
