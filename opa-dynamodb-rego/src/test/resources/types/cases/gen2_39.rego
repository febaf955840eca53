package test

q := max({1, "a"})
