package p
q := json.patch({"a": 1}, [{"op": "add", "path": "/b", "value": 2}])
