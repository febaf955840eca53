package p
q if { walk({"a": 1}, [p, v]); is_array(p) }
