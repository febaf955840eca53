package p
q := object.union({"aaaaaaaaaaaaaaaaaaa": 1, "bbbbbbbbbbbbbbbbbbbbbbb": [1,2,3,4,5,6,7]}, 1)
