package test

q := net.cidr_contains("10.0.0.0/8", 1)
