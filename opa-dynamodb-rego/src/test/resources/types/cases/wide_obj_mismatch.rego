package p
q if { {"aaaaaaaaaa": 1, "bbbbbbbbbbbbb": 2, "cccccccccccccc": 3, "ddddddddddddd": {"x": 1}} == {"aaaaaaaaaa": 1, "bbbbbbbbbbbbb": 2, "cccccccccccccc": 3, "ddddddddddddd": {"x": "y"}} }
