S = '''
"A described schema" schema { query: Query mutation: Mutation subscription: Subscription }
# a comment before Query
type Query {
  "the hero" hero(episode: Episode = NEWHOPE, id: ID): Character
  human(id: ID!): Human
  droid(id: ID!): Droid
  search(text: String, filter: SearchFilter): [SearchResult!]!
  pets: [Pet]
  dog: Dog
  intArg(i: Int, f: Float, b: Boolean, s: String, l: [String], ll: [[Int!]]): String
  complicated(input: ComplexInput!): String
  one(o: OneIn): String
}
type Mutation { createReview(episode: Episode, review: ReviewInput!): Review }
type Subscription { reviewAdded(episode: Episode): Review  other: String }
enum Episode { NEWHOPE EMPIRE JEDI @deprecated(reason: "old") }
interface Character { id: ID! name: String! friends: [Character] appearsIn: [Episode]! }
interface Pet { name(surname: Boolean): String }
type Dog implements Pet { name(surname: Boolean): String nickname: String barks: Boolean doesKnowCommand(dogCommand: DogCommand): Boolean }
type Cat implements Pet { name(surname: Boolean): String meows: Boolean }
enum DogCommand { SIT, DOWN, HEEL }
type Human implements Character { id: ID! name: String! friends: [Character] appearsIn: [Episode]! height(unit: LengthUnit = METER): Float mass: Float }
type Droid implements Character { id: ID! name: String! friends: [Character] appearsIn: [Episode]! primaryFunction: String }
union SearchResult = Human | Droid
enum LengthUnit { METER FOOT }
type Review { episode: Episode stars: Int! commentary: String }
input ReviewInput { stars: Int! commentary: String favorite_color: ColorInput }
input ColorInput { red: Int! green: Int! blue: Int! }
input SearchFilter { name: String limit: Int = 10 }
input ComplexInput { req: Int! opt: String nested: [ComplexInput!] }
input OneIn @oneOf { a: String b: Int }
directive @custom(arg: String!) repeatable on FIELD | QUERY
directive @once on FIELD
'''
defs = "schema := " + bt(S) + "\n"
Q = [
 ('ok simple', '{ hero { name id } }'),
 ('ok named', 'query Q($ep: Episode) { hero(episode: $ep) { name ... on Human { height(unit: FOOT) } } }'),
 ('unknown field', '{ hero { nam } }'),
 ('unknown field union', '{ search { name } }'),
 ('unknown field iface suggest', '{ pets { nickname } }'),
 ('unknown field no suggest', '{ zzzzzz }'),
 ('unknown arg', '{ hero(epsode: JEDI) { name } }'),
 ('unknown directive', '{ hero @foo { name } }'),
 ('directive wrong place', 'query @once { hero { name } }'),
 ('unknown fragment', '{ hero { ...Nope } }'),
 ('mutation ok', 'mutation { createReview(review: {stars: 5}) { stars } }'),
 ('unknown type var', 'query ($x: Foo) { hero { name } }'),
 ('unknown type frag', '{ hero { ...F } } fragment F on Foo { name }'),
 ('unknown type inline', '{ hero { ... on Foo { name } } }'),
 ('lone anon', '{ hero { name } } query Q { hero { id } }'),
 ('frag cycle', '{ dog { ...A } } fragment A on Dog { ...B } fragment B on Dog { ...A }'),
 ('frag self', '{ dog { ...A } } fragment A on Dog { name ...A }'),
 ('undefined var named', 'query Q { hero(episode: $e) { name } }'),
 ('undefined var anon', '{ hero(episode: $e) { name } }'),
 ('unused fragment', '{ hero { name } } fragment F on Character { id }'),
 ('unused var', 'query Q($a: Int) { hero { name } }'),
 ('unused var anon', 'query ($a: Int) { hero { name } }'),
 ('overlap different fields', '{ dog { name: nickname name } }'),
 ('overlap args', '{ dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) } }'),
 ('overlap types', '{ pets { ... on Dog { x: barks } ... on Cat { x: meows } } }'),
 ('overlap sub', '{ hero { friends { name } friends { name: id } } }'),
 ('possible spreads', '{ dog { ... on Cat { meows } } }'),
 ('possible spreads named', '{ dog { ...C } } fragment C on Cat { meows }'),
 ('required arg missing', '{ human { name } }'),
 ('required directive arg', '{ hero @custom { name } }'),
 ('scalar leaf sel', '{ hero { name { x } } }'),
 ('scalar leaf missing', '{ hero }'),
 ('subscription two fields', 'subscription S { reviewAdded { stars } other }'),
 ('subscription intro', 'subscription { __typename }'),
 ('dup arg', '{ hero(id: 1, id: 2) { name } }'),
 ('dup directive', '{ hero @once @once { name } }'),
 ('dup directive repeatable ok', '{ hero @custom(arg: "a") @custom(arg: "b") { name } }'),
 ('dup fragment', '{ dog { ...F } } fragment F on Dog { name } fragment F on Dog { name }'),
 ('dup input field', '{ search(filter: {name: "a", name: "b"}) { __typename } }'),
 ('dup op', 'query A { dog { name } } query A { dog { name } }'),
 ('dup var', 'query ($a: Int, $a: Int) { intArg(i: $a) }'),
 ('var not input', 'query ($a: Dog) { dog { name } }'),
 ('var position', 'query ($a: String) { human(id: $a) { name } }'),
 ('var position list', 'query ($a: [String]) { intArg(ll: $a) }'),
 ('values int', '{ intArg(i: "x") }'),
 ('values int range', '{ intArg(i: 3000000000) }'),
 ('values float', '{ intArg(f: true) }'),
 ('values bool', '{ intArg(b: 1) }'),
 ('values string', '{ intArg(s: 1) }'),
 ('values list string', '{ intArg(l: [1]) }'),
 ('values id', '{ hero(id: 1.5) { name } }'),
 ('values enum string', '{ hero(episode: "JEDI") { name } }'),
 ('values enum unknown', '{ hero(episode: JEDO) { name } }'),
 ('values enum for scalar', '{ intArg(s: FOO) }'),
 ('values null nonnull', '{ human(id: null) { name } }'),
 ('values obj missing', '{ complicated(input: {opt: "x"}) }'),
 ('values obj unknown', '{ complicated(input: {req: 1, opts: "x"}) }'),
 ('values list obj', '{ complicated(input: {req: 1, nested: [{opt: "a"}]}) }'),
 ('oneof two', '{ one(o: {a: "x", b: 1}) }'),
 ('oneof null', '{ one(o: {a: null}) }'),
 ('oneof var nullable', 'query ($v: String) { one(o: {a: $v}) }'),
 ('introspection depth', '{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }'),
 ('introspection ok', '{ __type(name: "Dog") { name fields { name } } }'),
 ('typename', '{ __typename dog { __typename } }'),
 ('multiple errors', '{ hero { nope } human { nope2 } }'),
 ('frag on scalar', '{ dog { ...F } } fragment F on String { x }'),
 ('inline on scalar', '{ dog { ... on Boolean { x } } }'),
 ('default value wrong', 'query ($e: Episode = FOO) { hero(episode: $e) { name } }'),
 ('variables default ok', 'query ($u: LengthUnit = FOOT) { human(id: 1) { height(unit: $u) } }'),
 ('comment attach', '''
  # op comment
  query Q( # var comment
    $a: Int) {
    # field comment
    intArg(
      # arg comment
      i: $a, l: [ # list
      "x"], f: 1.5)
    ... # spread
    on Query { dog { name } }
  }'''),
]
for n, q in Q:
    add('parse/' + n, 'graphql.parse(' + bt(q) + ', schema)', defs)
    add('is_valid/' + n, 'graphql.is_valid(' + bt(q) + ', schema)', defs)
    add('parse_query/' + n, 'graphql.parse_query(' + bt(q) + ')')
    add('parse_and_verify/' + n, 'graphql.parse_and_verify(' + bt(q) + ', schema)', defs)
add('parse_schema/full', 'graphql.parse_schema(schema)', defs)
add('schema_is_valid/full', 'graphql.schema_is_valid(schema)', defs)
SCH = [
 ('redeclare', 'type A { a: Int } type A { b: Int }'),
 ('extend kind', 'type A { a: Int } extend interface A { b: Int }'),
 ('redeclare directive', 'directive @a on FIELD directive @a on FIELD'),
 ('builtin directive ok', 'directive @skip(if: Boolean!) on FIELD type Query { a: Int }'),
 ('two schema', 'schema { query: Q } schema { query: Q } type Q { a: Int }'),
 ('schema root missing', 'schema { query: Nope }'),
 ('ext schema root missing', 'extend schema { mutation: Nope }'),
 ('undefined field type', 'type Query { a: Foo }'),
 ('reserved name', 'type Query { __a: Int }'),
 ('reserved type name', 'type __Q { a: Int }'),
 ('arg not input', 'type Query { a(x: Query): Int }'),
 ('undefined directive', 'type Query { a: Int @nope }'),
 ('directive wrong loc', 'directive @d on FIELD type Query { a: Int @d }'),
 ('directive dup', 'directive @d on FIELD_DEFINITION type Query { a: Int @d @d }'),
 ('directive undefined arg', 'type Query { a: Int @deprecated(why: "x") }'),
 ('directive null arg', 'directive @d(x: Int!) on FIELD_DEFINITION type Query { a: Int @d }'),
 ('directive self ref', 'directive @d(x: Int @d) on ARGUMENT_DEFINITION'),
 ('union undefined', 'union U = A | B type A { a: Int }'),
 ('union non object', 'union U = A scalar A'),
 ('union dup', 'union U = A | A type A { a: Int }'),
 ('implements undefined', 'type A implements B { a: Int }'),
 ('implements non interface', 'type A implements B { a: Int } type B { a: Int }'),
 ('implements missing field', 'interface I { x: Int } type A implements I { a: Int }'),
 ('implements wrong type', 'interface I { x: Int } type A implements I { x: String }'),
 ('implements missing arg', 'interface I { x(a: Int): Int } type A implements I { x: Int }'),
 ('implements arg type', 'interface I { x(a: Int): Int } type A implements I { x(a: String): Int }'),
 ('implements extra required', 'interface I { x: Int } type A implements I { x(b: Int!): Int }'),
 ('implements transitive', 'interface I { x: Int } interface J implements I { x: Int } type A implements J { x: Int }'),
 ('implements circular', 'interface I implements J { x: Int } interface J implements I { x: Int }'),
 ('covariant ok', 'interface I { x: I } type A implements I { x: A }'),
 ('no fields', 'type A'),
 ('object input field', 'input In { a: Int } type A { x: In }'),
 ('enum empty', 'enum E'),
 ('enum true', 'enum E { true }'),
 ('input empty', 'input I'),
 ('input object field', 'type T { a: Int } input I { t: T }'),
 ('dup field', 'type A { a: Int a: Int }'),
 ('dup enum', 'enum E { A A }'),
 ('input cycle', 'input A { b: B! } input B { a: A! }'),
 ('input cycle ok list', 'input A { b: [B!]! } input B { a: A! }'),
 ('type dir merged ok', 'directive @d on OBJECT type A @d { a: Int } extend type A @d'),
 ('extension only', 'extend type Query { a: Int }'),
 ('builtin scalar redeclare', 'scalar String'),
 ('described', '"""desc""" type A { "f" a("x" x: Int = 1 @deprecated): Int } "e" enum E { "v" V } "i" input I { a: Int = 2 } "d" directive @x(a: [Int] = [1, 2]) repeatable on | FIELD | QUERY'),
]
for n, s in SCH:
    add('schema_is_valid/' + n, 'graphql.schema_is_valid(' + bt(s) + ')')
    add('parse_schema/' + n, 'graphql.parse_schema(' + bt(s) + ')')
    add('parse/' + n, 'graphql.parse(`{ __typename }`, ' + bt(s) + ')')
SYN = ['{', '{ a(b: 0x) }', '{ a(b: 01) }', "{ a(b: 'x') }", '{ a(b: "\\\\q") }', '{ a(b: "\\\\u12G4") }', '{ a(b: """ x """) }',
 '{ a(b: 1.5e) }', '{ a(b: "unterminated) }', '{ a(b: 1.) }', '{ a @ }', 'query Q($a: [Int!]! = [1]) { a }', 'fragment on on on { a }',
 '{ a(b: {c: $d}) }', '\u00e9', '{ a(b: -) }', '{ a(b: 1e5, c: -0, d: 1.25E+3) }', '{ ...on }', 'subscription S { a }']
for i, q in enumerate(SYN):
    add('syntax/query %d' % i, 'graphql.parse_query(' + bt(q) + ')')
SSYN = ['type', 'type A {', 'union U = | A | B', 'directive @a on NOPE', 'extend foo', 'extend type A', '"d" extend type A { a: Int }',
 'schema { query Q }', 'input I { a: Int = $x }', 'enum E { "d" A @deprecated }', 'type A implements & B & C { a: Int }', 'interface I implements J { a: Int }',
 'extend schema @d', 'extend scalar S', 'extend union U = A', 'extend enum E { A }', 'extend input I @d', 'extend interface I { a: Int }']
for i, s in enumerate(SSYN):
    add('syntax/schema %d' % i, 'graphql.parse_schema(' + bt(s) + ')')
# AST object inputs
add('ast/roundtrip', 'graphql.parse(graphql.parse_query(`query Q($e: Episode = JEDI) { hero(episode: $e) { name ... on Human { height } ...F } } fragment F on Character { id }`), graphql.parse_schema(schema))', defs)
add('ast/is_valid invalid', 'graphql.is_valid(graphql.parse_query(`{ hero { nope } }`), graphql.parse_schema(schema))', defs)
add('ast/parse invalid', 'graphql.parse(graphql.parse_query(`{ hero { nope } }`), graphql.parse_schema(schema))', defs)
add('ast/custom', 'graphql.parse({"Operations": [{"Operation": "query", "SelectionSet": [{"Name": "dog", "SelectionSet": [{"name": "name"}]}]}]}, schema)', defs)
add('ast/bad type', 'graphql.is_valid({"Operations": [{"Operation": 5}]}, schema)', defs)
add('ast/schema obj', 'graphql.schema_is_valid({"Definitions": [{"Kind": "OBJECT", "Name": "Query", "Fields": [{"Name": "a", "Type": {"NamedType": "Int"}}]}]})')
add('ast/schema obj bad', 'graphql.schema_is_valid({"Definitions": [{"Kind": "OBJECT", "Name": "Query"}]})')
add('wrongtype/is_valid', 'graphql.is_valid(1, schema)', defs)
add('wrongtype/schema_is_valid', 'graphql.schema_is_valid([])')
add('wrongtype/pav', 'graphql.parse_and_verify(1, 2)')
CS = '''
# leading comment
"desc" # after desc
type # after kw
  Query # after name
  { # brace
  # before field
  "fd" # after fd
  a( # args
    # arg c
    "ad" x: Int = 1): Int # trailing
  # end of fields
}
# before enum
enum E { # e
  # v
  A
  # end e
}
# before schema
schema # after schema kw
{ query: Query # end
}
extend # ext
type Query { b: Int }
directive # dk
@d on FIELD
# eof comment
'''
add('comments/schema', 'graphql.parse_schema(' + bt(CS) + ')')
add('comments/schema valid', 'graphql.schema_is_valid(' + bt(CS) + ')')
CQ = '''# top
query # after query
Q # after name
( # vars
  # var
  $a: Int = 1 # def
) @x # dir
{ # sel
  # f
  f(a: 1 # v
  , o: { # obj
    # field
    k: [ # l
      1 ] } ) # after f
  ... # spread
  F
  ... # inline
  on T { x }
}
# frag
fragment # fk
F on T { y }
'''
add('comments/query', 'graphql.parse_query(' + bt(CQ) + ')')
add('ast/case insensitive keys', 'graphql.parse({"operations": [{"Operation": "query", "SelectionSet": [{"Name": "dog", "SelectionSet": [{"Name": "name"}]}]}]}, schema)', defs)
add('ast/spread as field', 'graphql.parse({"Operations": [{"Operation": "query", "SelectionSet": [{"Name": "dog", "SelectionSet": [{"Name": "name"}, {"TypeCondition": "Dog", "SelectionSet": [{"Name": "barks"}]}]}]}]}, schema)', defs)
add('ast/name wrong type falls back', 'graphql.parse({"Operations": [{"Operation": "query", "SelectionSet": [{"Name": "dog", "SelectionSet": [{"Name": 5}]}]}]}, schema)', defs)
add('ast/schema lower keys', 'graphql.parse(`{ a }`, {"definitions": [{"kind": "OBJECT", "name": "Query", "fields": [{"name": "a", "type": {"namedType": "Int"}}]}]})')
add('ast/schema bad kind', 'graphql.parse(`{ a }`, {"Definitions": [{"Kind": 5}]})')
add('ast/query extra keys', 'graphql.parse({"Operations": [{"Operation": "query", "Extra": 1, "SelectionSet": [{"Alias": "d", "Name": "dog", "Foo": "bar", "SelectionSet": [{"Name": "name"}]}]}], "Junk": true}, schema)', defs)
add('ast/value kind float', 'graphql.is_valid({"Operations": [{"Operation": "query", "SelectionSet": [{"Name": "intArg", "Arguments": [{"Name": "i", "Value": {"Kind": 1.5, "Raw": "1"}}]}]}]}, schema)', defs)
add('ast/value kind int', 'graphql.parse({"Operations": [{"Operation": "query", "SelectionSet": [{"Name": "intArg", "Arguments": [{"Name": "i", "Value": {"Kind": 3, "Raw": "x"}}]}]}]}, schema)', defs)
add('ast/pav obj', 'graphql.parse_and_verify(graphql.parse_query(`{ dog { name } }`), graphql.parse_schema(schema))', defs)
more = [
 ('var in list default', 'query ($l: [Int] = [1, 2]) { intArg(ll: [$l]) }'),
 ('nested list ok', '{ intArg(ll: [[1], [2, 3]]) }'),
 ('nested list bad', '{ intArg(ll: [["a"]]) }'),
 ('coerce single to list', '{ intArg(l: "a") }'),
 ('null in nonnull list', '{ intArg(ll: [[null]]) }'),
 ('float for int', '{ intArg(i: 1.5) }'),
 ('int for float ok', '{ intArg(f: 1) }'),
 ('id string and int ok', '{ a: hero(id: "1") { id } b: hero(id: 1) { id } }'),
 ('big int', '{ intArg(i: 99999999999999999999) }'),
 ('big float', '{ intArg(f: 1e400) }'),
 ('block string enum', '{ hero(episode: """JEDI""") { name } }'),
 ('bool for enum', '{ hero(episode: true) { name } }'),
 ('typo enum suggestion', '{ hero(episode: jedi) { name } }'),
 ('alias conflict nested frags', '{ dog { ...A ...B } } fragment A on Dog { x: name } fragment B on Dog { x: nickname }'),
 ('same field diff args vars', 'query ($a: Boolean, $b: Boolean) { dog { name(surname: $a) name(surname: $b) } }'),
 ('same field same args ok', '{ dog { name(surname: true) name(surname: true) } }'),
 ('object arg order ok', '{ a: search(filter: {name: "x", limit: 1}) { __typename } a: search(filter: {limit: 1, name: "x"}) { __typename } }'),
 ('object arg differ', '{ a: search(filter: {name: "x"}) { __typename } a: search(filter: {name: "y"}) { __typename } }'),
 ('inline no type', '{ dog { ... { name } } }'),
 ('inline on union ok', '{ search { ... on Human { height } ... on Droid { primaryFunction } } }'),
 ('iface spread on union', '{ search { ... on Character { name } } }'),
 ('spread on iface from object', '{ dog { ... on Pet { name } } }'),
 ('spread impossible iface', '{ dog { ... on Character { name } } }'),
 ('deep frag overlap', '{ hero { ...A } hero { ...B } } fragment A on Character { friends { name } } fragment B on Character { friends { name: id } }'),
 ('var used in frag only', 'query Q($s: Boolean!) { dog { ...F } } fragment F on Dog { name @include(if: $s) }'),
 ('var undefined in frag', 'query Q { dog { ...F } } fragment F on Dog { name @include(if: $s) }'),
 ('skip include ok', '{ dog { name @skip(if: true) nickname @include(if: false) } }'),
 ('include missing arg', '{ dog { name @include } }'),
 ('include wrong arg', '{ dog { name @include(iff: true) } }'),
 ('deprecated on field', '{ dog { name @deprecated } }'),
 ('defer', '{ dog { ... @defer(label: "x") { name } } }'),
 ('subscription single ok', 'subscription { reviewAdded { stars } }'),
 ('subscription via frag', 'subscription S { ...F } fragment F on Subscription { reviewAdded { stars } other }'),
 ('typename on union', '{ search { __typename } }'),
 ('schema intro', '{ __schema { queryType { name } } }'),
 ('type intro bad arg', '{ __type { name } }'),
 ('multiple ops ok', 'query A { dog { name } } mutation B { createReview(review: {stars: 1}) { stars } }'),
 ('mutation missing obj field', 'mutation { createReview(review: {commentary: "x", favorite_color: {red: 1}}) { stars } }'),
 ('oneof ok', '{ one(o: {a: "x"}) }'),
 ('oneof var nonnull ok', 'query ($v: String!) { one(o: {a: $v}) }'),
 ('variables directive', 'query ($a: Int @once) { intArg(i: $a) }'),
 ('var default null for nonnull', 'query ($a: Int = null) { human(id: $a) { name } }'),
 ('var list to nonnull list', 'query ($a: [Int]) { intArg(ll: $a) }'),
 ('unknown arg on directive', '{ dog @skip(if: true, x: 1) { name } }'),
 ('frag on union type cond unknown', '{ search { ...F } } fragment F on Unknown { id }'),
 ('anonymous and named same name', 'query { dog { name } } query { dog { name } }'),
]
for n, q in more:
    add('parse/' + n, 'graphql.parse(' + bt(q) + ', schema)', defs)
    add('pq/' + n, 'graphql.parse_query(' + bt(q) + ')')
DEC = [
 'graphql.parse(`{ a }`, {"Definitions": [{"Kind": 5}]})',
 'graphql.parse(`{ a }`, {"Definitions": [{"Fields": [{"Type": {"Elem": {"NonNull": "x"}}}]}]})',
 'graphql.parse(`{ a }`, {"Definitions": 5})',
 'graphql.parse(`{ a }`, {"Definitions": [5]})',
 'graphql.parse(`{ a }`, {"Directives": [{"Locations": [1]}]})',
 'graphql.parse(`{ a }`, {"Directives": [{"Locations": 1}]})',
 'graphql.parse(`{ a }`, {"Schema": [{"OperationTypes": [{"Operation": 1}]}]})',
 'graphql.parse(`{ a }`, {"Definitions": [{"Interfaces": [true]}]})',
 'graphql.parse(`{ a }`, {"Definitions": [{"BuiltIn": "no"}]})',
 'graphql.parse(`{ a }`, {"Definitions": [{"Fields": [{"DefaultValue": {"Kind": "x"}}]}]})',
 'graphql.parse(`{ a }`, {"Definitions": [{"Directives": [{"Arguments": [{"Value": {"Children": [{"Value": {"Raw": 1}}]}}]}]}]})',
 'graphql.parse(`{ a }`, {"Comment": {"List": [{"Value": 3}]}})',
 'graphql.parse({"Operations": [{"Operation": 5}]}, `type Query { a: Int }`)',
 'graphql.parse({"Operations": [{"Name": 5}]}, `type Query { a: Int }`)',
 'graphql.parse({"Operations": [{"VariableDefinitions": [{"Type": {"NamedType": 1}}]}]}, `type Query { a: Int }`)',
 'graphql.parse({"Operations": [{"VariableDefinitions": [{"DefaultValue": {"VariableDefinition": {"Used": 1}}}]}]}, `type Query { a: Int }`)',
 'graphql.parse({"Operations": 3}, `type Query { a: Int }`)',
 'graphql.parse({"Operations": [3]}, `type Query { a: Int }`)',
 'graphql.parse({"Fragments": [{"Name": 3}]}, `type Query { a: Int }`)',
 'graphql.parse({"Fragments": [{"SelectionSet": {}}]}, `type Query { a: Int }`)',
 'graphql.parse({"Operations": [{"SelectionSet": 3}]}, `type Query { a: Int }`)',
 'graphql.parse({"Operations": [{"SelectionSet": [{"Arguments": [{"Value": {"Kind": "x"}}]}]}]}, `type Query { a: Int }`)',
 'graphql.parse({"Operations": [{"Directives": [{"Arguments": [{"Value": {"Kind": 1.5}}]}]}]}, `type Query { a: Int }`)',
 'graphql.parse({"Operations": [{"Directives": [{"Location": 1}]}]}, `type Query { a: Int }`)',
 'graphql.parse({"Comment": 1}, `type Query { a: Int }`)',
 'graphql.parse({"Operations": [{"SelectionSet": [5, {"Name": "a"}]}]}, `type Query { a: Int }`)',
 'graphql.parse({"Operations": [{"SelectionSet": [{"Name": "a", "Directives": [{"Name": "skip"}]}]}]}, `type Query { a: Int }`)',
]
for i, e in enumerate(DEC):
    add('decode/%d' % i, e)
