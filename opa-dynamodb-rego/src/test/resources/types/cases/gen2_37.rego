package test

q := strings.replace_n({"a": "b"}, "abc")
