package test

r := 1 in {1}
q := r + 1
