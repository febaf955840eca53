package test

q := graph.reachable({"a": ["b"]}, ["a"])
