package test

q := object.get(input, ["a", "b"], null) + 1
