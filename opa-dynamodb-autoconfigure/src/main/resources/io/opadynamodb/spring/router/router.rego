# The router shipped with the opa-dynamodb starter (replace it by a module with the same package).
#
# For input.policy = "<group>.<rule>" it evaluates <rule> in every package under data.policies.<group>
# (and in data.policies.<group> itself), or in the packages data.routing.<group> lists, and composes:
#   - set (or array) values are messages: any message denies, and becomes a reason;
#   - boolean values: at least one package must define the rule, and every defined value must be true;
#   - a group that reaches no package is denied with "no policy for <group>" (default deny).
# The decision is {"allow", "reasons", "explain"?}; explain (messages by package) only when input.explain is true.
#
# data.opadynamodb is written by the starter when it compiles a policy set, since Rego cannot list packages:
#   packages: for every package under data.policies, its name relative to data.policies ("compute.cpus"), its
#             path (["compute", "cpus"]) and the names of its rules;
#   groups:   for every first segment ("compute"), the names of the packages below it, sorted;
#   routes:   route_table below, evaluated once on the compiled policy set.
# Rules are few and built from comprehensions: each rule evaluated costs time on every request. Alternatives are
# written as else chains, so that the second body is not evaluated when the first one holds.
package opadynamodb.router

import rego.v1

parts := split(input.policy, ".")

group := parts[0]

rule := parts[1] if count(parts) == 2

# The route of the request's group: the packages it reaches (targets) and, by rule name, those of them that
# declare the rule ({"name", "path"} each). The starter evaluates route_table below once, when it compiles a
# policy set, and writes it at data.opadynamodb.routes, so a decision only looks its route up. Without it (a
# policy set compiled by other means) the routes are computed here. A test that replaces data.routing or the
# index with `with` should replace the routes too, computed under the same replacement (see the README).
routes := data.opadynamodb.routes if data.opadynamodb.routes
else := route_table

route := object.get(routes, group, {"targets": [], "rules": {}})

targets := route.targets

declaring := object.get(route.rules, rule, [])

# The rule's value in the declaring packages where it is defined.
results := {target.name: value | some target in declaring; value := value_at(target.path)}

# The routes of every group (input-independent). Without a routing table, a group reaches the packages under
# data.policies.<group>. With one, data.routing.<group> lists prefixes, each reaching its package and every
# package below it, and a group the table does not list reaches none.
route_table[group] := {"targets": reached, "rules": rules_of(reached)} if {
	some group in route_groups
	reached := targets_of(group)
}

route_groups := object.keys(data.opadynamodb.groups) if not data.routing

route_groups := object.keys(data.routing) if data.routing

targets_of(group) := object.get(data.opadynamodb.groups, group, []) if not data.routing

targets_of(group) := [name |
	some prefix in as_list(data.routing[group])
	some name in object.get(data.opadynamodb.groups, split(prefix, ".")[0], [])
	under(name, prefix)
] if data.routing

as_list(x) := x if is_array(x)

as_list(x) := [x] if is_string(x)

under(name, prefix) if name == prefix

under(name, prefix) if startswith(name, concat("", [prefix, "."]))

# For each rule name declared in the targets, the targets that declare it.
rules_of(targets) := {rule: [{"name": name, "path": data.opadynamodb.packages[name].path} |
	some name in targets
	rule in data.opadynamodb.packages[name].rules
] |
	some target in targets
	some rule in data.opadynamodb.packages[target].rules
}

# Keys are bound to variables first: a ref whose keys are refs trips the type checker of some engines.
value_at([a]) := value if {
	r := rule
	value := data.policies[a][r]
}

value_at([a, b]) := value if {
	r := rule
	value := data.policies[a][b][r]
}

value_at([a, b, c]) := value if {
	r := rule
	value := data.policies[a][b][c][r]
}

value_at([a, b, c, d]) := value if {
	r := rule
	value := data.policies[a][b][c][d][r]
}

value_at([a, b, c, d, e]) := value if {
	r := rule
	value := data.policies[a][b][c][d][e][r]
}

# Messages of the set-valued results, by package, as sorted text.
messages := {name: texts(value) | some name, value in results; is_collection(value)}

texts(collection) := sort([text(m) | some m in collection])

is_collection(x) if is_set(x)

is_collection(x) if is_array(x)

text(m) := m if is_string(m)

text(m) := m.msg if {
	not is_string(m)
	has_msg(m)
}

text(m) := json.marshal(m) if {
	not is_string(m)
	not has_msg(m)
}

# A structured message {"msg": "...", ...} is shown by its msg.
has_msg(m) if is_string(m.msg)

# Reasons that are not messages: false booleans, unexpected values, and default deny.
problems contains sprintf("policies.%s.%s is false", [name, rule]) if {
	some name, value in results
	value == false
}

problems contains sprintf("policies.%s.%s is a %s: expected a set of messages or a boolean", [name, rule, type_name(value)]) if {
	some name, value in results
	not is_collection(value)
	not is_boolean(value)
}

problems contains sprintf("invalid policy reference %q: expected <group>.<rule>", [input.policy]) if not rule

problems contains sprintf("no policy for %s", [group]) if {
	rule
	count(targets) == 0
}

problems contains sprintf("no package under policies.%s has a %s rule", [group, rule]) if {
	count(targets) > 0
	count(declaring) == 0
}

problems contains sprintf("%s is undefined in every package of %s", [rule, group]) if {
	count(declaring) > 0
	count(results) == 0
}

# Allowed when some package defined the rule and every defined value is an empty collection or true. This is
# the common case, and it is decided without evaluating the reasons.
default allow := false

allow if {
	count(results) > 0
	not failing
}

# A defined value that does not allow: anything but true, an empty set or an empty array.
failing if {
	some value in results
	not value in passing
}

passing := {true, set(), []}

reasons := [] if allow
else := sort({msg | some list in messages; some msg in list} | problems)

# What each package said: its messages for set rules, [value] for other rules, [] where undefined.
explain := object.union_n([
	{sprintf("policies.%s", [name]): list | some name, list in messages},
	{sprintf("policies.%s", [name]): [value] | some name, value in results; not is_collection(value)},
	{sprintf("policies.%s", [target.name]): [] | some target in declaring; not target.name in object.keys(results)},
])

decision := {"allow": allow, "reasons": reasons, "explain": explain} if input.explain == true
else := {"allow": allow, "reasons": reasons}
