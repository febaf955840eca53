package p
o[k] := v if { some k, v in {"a": 1} }
q := o.a + "x"
