package test

s := {1, 2}
q := s[1] + 1
