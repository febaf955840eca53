package p
q := object.get({"a": 1}, "a", 0)
