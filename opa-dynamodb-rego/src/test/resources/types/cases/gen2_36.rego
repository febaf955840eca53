package test

q := strings.replace_n({"a": 1}, "abc")
