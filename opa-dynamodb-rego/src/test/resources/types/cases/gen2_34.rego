package test

q := abs(input.x) + count(input.y)
