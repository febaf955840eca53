package test

q := http.send({"method": "get"}).status_code + "s"
