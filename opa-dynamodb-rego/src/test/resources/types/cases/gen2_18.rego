package test

q := json.unmarshal("{}").a + 1
