package test

q := time.parse_rfc3339_ns("x") + "s"
