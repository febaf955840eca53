package test

q if { every x in input.xs { is_number(x) } }
