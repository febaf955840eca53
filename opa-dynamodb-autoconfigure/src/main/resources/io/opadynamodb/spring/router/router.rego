# The router shipped with the opa-dynamodb starter (replace it by a module with the same package).
#
# For input.policy = "<group>.<rule>" it evaluates <rule> in every package under data.policies.<group>
# (and in data.policies.<group> itself), or in the packages data.routing.<group> lists, and composes:
#   - set (or array) values are messages: any message denies, and becomes a reason;
#   - boolean values: at least one package must define the rule, and every defined value must be true;
#   - a group that reaches no package is denied with "no policy for <group>" (default deny).
# The decision is {"allow", "reasons", "explain"?}; explain (messages by package) only when input.explain is true.
#
# data.opadynamodb.packages is written by the starter when it compiles a policy set: for every package under
# data.policies, its name relative to data.policies ("compute.cpus"), its path and the names of its rules.
package opadynamodb.router

import rego.v1

parts := split(input.policy, ".")

group := parts[0]

rule := parts[1] if count(parts) == 2

# Prefixes (relative to data.policies) the group reaches: data.routing.<group> when a routing table exists,
# the group itself otherwise. A prefix reaches its own package and every package below it.
routes contains group if not data.routing

routes contains prefix if {
	some prefix in as_list(data.routing[group])
}

as_list(x) := x if is_array(x)

as_list(x) := [x] if is_string(x)

targets contains name if {
	some prefix in routes
	some name, _ in data.opadynamodb.packages
	under(name, prefix)
}

under(name, prefix) if name == prefix

under(name, prefix) if startswith(name, concat("", [prefix, "."]))

# Target packages that declare the rule.
declaring contains name if {
	some name in targets
	rule in data.opadynamodb.packages[name].rules
}

# The rule's value in each declaring package where it is defined.
results[name] := value if {
	some name in declaring
	value := value_at(data.opadynamodb.packages[name].path)
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

messages[name] := sort([text(m) | some m in value]) if {
	some name, value in results
	is_collection(value)
}

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

reasons contains msg if {
	some list in messages
	some msg in list
}

reasons contains sprintf("policies.%s.%s is false", [name, rule]) if {
	some name, value in results
	value == false
}

reasons contains sprintf("policies.%s.%s is a %s: expected a set of messages or a boolean", [name, rule, type_name(value)]) if {
	some name, value in results
	not is_collection(value)
	not is_boolean(value)
}

reasons contains sprintf("invalid policy reference %q: expected <group>.<rule>", [input.policy]) if not rule

reasons contains sprintf("no policy for %s", [group]) if {
	rule
	count(targets) == 0
}

reasons contains sprintf("no package under policies.%s has a %s rule", [group, rule]) if {
	count(targets) > 0
	count(declaring) == 0
}

reasons contains sprintf("%s is undefined in every package of %s", [rule, group]) if {
	count(declaring) > 0
	count(results) == 0
}

allow if count(reasons) == 0

default allow := false

# What each package said: its messages for set rules, [value] for other rules, [] where undefined.
explain[sprintf("policies.%s", [name])] := list if {
	some name, list in messages
}

explain[sprintf("policies.%s", [name])] := [value] if {
	some name, value in results
	not is_collection(value)
}

explain[sprintf("policies.%s", [name])] := [] if {
	some name in declaring
	not name in object.keys(results)
}

decision["allow"] := allow

decision["reasons"] := sort(reasons)

decision["explain"] := explain if input.explain == true
