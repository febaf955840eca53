package test

import future.keywords.in
q { "a" in [1] }
