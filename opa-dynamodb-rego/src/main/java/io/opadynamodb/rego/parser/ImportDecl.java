package io.opadynamodb.rego.parser;

import io.opadynamodb.rego.ast.Import;
import io.opadynamodb.rego.ast.Location;

/** A parsed import with the alias's own location (OPA's AliasLocation). */
record ImportDecl(Import imp, Location aliasLocation) {}
