package io.opadynamodb.rego.builtins.graphql;

import io.opadynamodb.rego.builtins.graphql.Ast.Argument;
import io.opadynamodb.rego.builtins.graphql.Ast.ChildValue;
import io.opadynamodb.rego.builtins.graphql.Ast.Directive;
import io.opadynamodb.rego.builtins.graphql.Ast.Type;
import io.opadynamodb.rego.builtins.graphql.QueryAst.Field;
import io.opadynamodb.rego.builtins.graphql.QueryAst.FragmentDefinition;
import io.opadynamodb.rego.builtins.graphql.QueryAst.FragmentSpread;
import io.opadynamodb.rego.builtins.graphql.QueryAst.InlineFragment;
import io.opadynamodb.rego.builtins.graphql.QueryAst.OperationDefinition;
import io.opadynamodb.rego.builtins.graphql.QueryAst.QueryDocument;
import io.opadynamodb.rego.builtins.graphql.QueryAst.Selection;
import io.opadynamodb.rego.builtins.graphql.QueryAst.VariableDefinition;
import io.opadynamodb.rego.builtins.graphql.SchemaAst.ArgumentDefinition;
import io.opadynamodb.rego.builtins.graphql.SchemaAst.Definition;
import io.opadynamodb.rego.builtins.graphql.SchemaAst.DirectiveDefinition;
import io.opadynamodb.rego.builtins.graphql.SchemaAst.FieldDefinition;
import io.opadynamodb.rego.builtins.graphql.SchemaAst.Schema;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * gqlparser's validator/core/walk.go: visits a query document against a schema, annotating nodes
 * with their schema definitions and firing the rules' observers.
 */
final class Walker {
  final Schema schema;
  final QueryDocument document;
  private final Events observers;
  private Set<String> validatedFragmentSpreads = new HashSet<>();
  OperationDefinition currentOperation;

  Walker(Schema schema, QueryDocument document, Events observers) {
    this.schema = schema;
    this.document = document;
    this.observers = observers;
  }

  void walk() {
    for (OperationDefinition op : document.operations) {
      validatedFragmentSpreads = new HashSet<>();
      walkOperation(op);
    }
    for (FragmentDefinition f : document.fragments) {
      validatedFragmentSpreads = new HashSet<>();
      walkFragment(f);
    }
  }

  private void walkOperation(OperationDefinition operation) {
    currentOperation = operation;
    for (VariableDefinition varDef : operation.variableDefinitions) {
      varDef.definition = schema.types.get(varDef.type.name());
      Events.fire(observers.variable, this, varDef);
      if (varDef.defaultValue != null) {
        varDef.defaultValue.expectedType = varDef.type;
        varDef.defaultValue.definition = schema.types.get(varDef.type.name());
      }
    }
    Definition def = null;
    String loc = "";
    switch (operation.operation) {
      case "query", "" -> {
        def = schema.query;
        loc = "QUERY";
      }
      case "mutation" -> {
        def = schema.mutation;
        loc = "MUTATION";
      }
      case "subscription" -> {
        def = schema.subscription;
        loc = "SUBSCRIPTION";
      }
      default -> { }
    }
    for (VariableDefinition varDef : operation.variableDefinitions) {
      if (varDef.defaultValue != null) {
        walkValue(varDef.defaultValue);
      }
      walkDirectives(varDef.definition, varDef.directives, "VARIABLE_DEFINITION");
    }
    walkDirectives(def, operation.directives, loc);
    walkSelectionSet(def, operation.selectionSet);
    Events.fire(observers.operation, this, operation);
    currentOperation = null;
  }

  private void walkFragment(FragmentDefinition it) {
    Definition def = schema.types.get(it.typeCondition);
    it.definition = def;
    walkDirectives(def, it.directives, "FRAGMENT_DEFINITION");
    walkSelectionSet(def, it.selectionSet);
    Events.fire(observers.fragment, this, it);
  }

  private void walkDirectives(Definition parentDef, List<Directive> directives, String location) {
    for (Directive dir : directives) {
      DirectiveDefinition def = schema.directives.get(dir.name);
      dir.definition = def;
      dir.parentDefinition = parentDef;
      dir.location = location;
      for (Argument arg : dir.arguments) {
        ArgumentDefinition argDef = def == null ? null : SchemaAst.argumentDefinitionNamed(def.arguments, arg.name);
        walkArgument(argDef, arg);
      }
      Events.fire(observers.directive, this, dir);
    }
    Events.fire(observers.directiveList, this, directives);
  }

  private void walkValue(Ast.Value value) {
    if (value.kind == Ast.VARIABLE && currentOperation != null) {
      value.variableDefinition = currentOperation.variableNamed(value.raw);
      if (value.variableDefinition != null) {
        value.variableDefinition.used = true;
      }
    }
    if (value.kind == Ast.OBJECT) {
      for (ChildValue child : value.children) {
        if (value.definition != null) {
          FieldDefinition fieldDef = value.definition.fieldNamed(child.name);
          if (fieldDef != null) {
            child.value.expectedType = fieldDef.type;
            child.value.expectedTypeHasDefault = fieldDef.defaultValue != null
                && fieldDef.defaultValue.kind != Ast.NULL;
            child.value.definition = schema.types.get(fieldDef.type.name());
          }
        }
        walkValue(child.value);
      }
    }
    if (value.kind == Ast.LIST) {
      for (ChildValue child : value.children) {
        if (value.expectedType != null && value.expectedType.elem != null) {
          child.value.expectedType = value.expectedType.elem;
          child.value.definition = value.definition;
        }
        walkValue(child.value);
      }
    }
    Events.fire(observers.value, this, value);
  }

  private void walkArgument(ArgumentDefinition argDef, Argument arg) {
    if (argDef != null) {
      arg.value.expectedType = argDef.type;
      arg.value.expectedTypeHasDefault = argDef.defaultValue != null && argDef.defaultValue.kind != Ast.NULL;
      arg.value.definition = schema.types.get(argDef.type.name());
    }
    walkValue(arg.value);
  }

  private void walkSelectionSet(Definition parentDef, List<Selection> set) {
    for (Selection child : set) {
      walkSelection(parentDef, child);
    }
  }

  private void walkSelection(Definition parentDef, Selection it) {
    if (it instanceof Field f) {
      FieldDefinition def = null;
      if (f.name.equals("__typename")) {
        def = new FieldDefinition();
        def.name = "__typename";
        def.type = Type.named("String", false);
      } else if (parentDef != null) {
        def = parentDef.fieldNamed(f.name);
      }
      f.definition = def;
      f.objectDefinition = parentDef;
      Definition nextParentDef = def == null ? null : schema.types.get(def.type.name());
      for (Argument arg : f.arguments) {
        ArgumentDefinition argDef = def == null ? null : SchemaAst.argumentDefinitionNamed(def.arguments, arg.name);
        walkArgument(argDef, arg);
      }
      walkDirectives(nextParentDef, f.directives, "FIELD");
      walkSelectionSet(nextParentDef, f.selectionSet);
      Events.fire(observers.field, this, f);
    } else if (it instanceof InlineFragment f) {
      f.objectDefinition = parentDef;
      Definition nextParentDef = f.typeCondition.isEmpty() ? parentDef : schema.types.get(f.typeCondition);
      walkDirectives(nextParentDef, f.directives, "INLINE_FRAGMENT");
      walkSelectionSet(nextParentDef, f.selectionSet);
      Events.fire(observers.inlineFragment, this, f);
    } else {
      FragmentSpread f = (FragmentSpread) it;
      FragmentDefinition def = document.fragmentNamed(f.name);
      f.definition = def;
      f.objectDefinition = parentDef;
      Definition nextParentDef = def == null ? null : schema.types.get(def.typeCondition);
      walkDirectives(nextParentDef, f.directives, "FRAGMENT_SPREAD");
      if (def != null && validatedFragmentSpreads.add(def.name)) {
        walkDirectives(nextParentDef, def.directives, "FRAGMENT_DEFINITION");
        walkSelectionSet(nextParentDef, def.selectionSet);
      }
      Events.fire(observers.fragmentSpread, this, f);
    }
  }
}
