package test

q := [y | some y in [1]; y.a]
