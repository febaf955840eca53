package test

q := 1 % "a"
