package test

q := -input.x
