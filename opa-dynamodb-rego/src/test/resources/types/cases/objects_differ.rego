package p
q if { {"a": 1} == {"a": "b"} }
