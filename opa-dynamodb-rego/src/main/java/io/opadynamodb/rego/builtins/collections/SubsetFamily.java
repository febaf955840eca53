package io.opadynamodb.rego.builtins.collections;

import io.opadynamodb.rego.builtins.BuiltinException;
import io.opadynamodb.rego.builtins.BuiltinFamily;
import io.opadynamodb.rego.builtins.BuiltinRegistry;
import io.opadynamodb.rego.value.ArrayValue;
import io.opadynamodb.rego.value.BooleanValue;
import io.opadynamodb.rego.value.ObjectValue;
import io.opadynamodb.rego.value.SetValue;
import io.opadynamodb.rego.value.Value;

/**
 * OPA's {@code topdown/subset.go}: {@code object.subset(super, sub)} for objects (recursively),
 * sets, arrays (contiguous sub-array) and an array with a set.
 */
public final class SubsetFamily implements BuiltinFamily {
  @Override
  public void register(BuiltinRegistry r) {
    r.register("object.subset", (ctx, a) -> BooleanValue.of(subset(a[0], a[1])));
  }

  static boolean subset(Value sup, Value sub) {
    if (sup instanceof ObjectValue o1 && sub instanceof ObjectValue o2) {
      return objectSubset(o1, o2);
    }
    if (sup instanceof SetValue s1 && sub instanceof SetValue s2) {
      return setSubset(s1, s2);
    }
    if (sup instanceof ArrayValue a1 && sub instanceof ArrayValue a2) {
      return arraySubset(a1, a2);
    }
    if (sup instanceof ArrayValue a1 && sub instanceof SetValue s2) {
      return arraySetSubset(a1, s2);
    }
    throw BuiltinException.operand("both arguments object.subset must be of the same type or array and set");
  }

  private static boolean objectSubset(ObjectValue sup, ObjectValue sub) {
    for (int i = 0; i < sub.size(); i++) {
      Value subTerm = sub.valueAt(i);
      Value superTerm = sup.get(sub.keyAt(i));
      if (superTerm == null) {
        return false;
      }
      if (subTerm.equals(superTerm)) {
        continue;
      }
      boolean ok;
      if (superTerm instanceof ObjectValue o1 && subTerm instanceof ObjectValue o2) {
        ok = objectSubset(o1, o2);
      } else if (superTerm instanceof SetValue s1 && subTerm instanceof SetValue s2) {
        ok = setSubset(s1, s2);
      } else if (superTerm instanceof ArrayValue a1 && subTerm instanceof ArrayValue a2) {
        ok = arraySubset(a1, a2);
      } else {
        ok = false;
      }
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean setSubset(SetValue sup, SetValue sub) {
    for (Value v : sub.elements()) {
      if (!sup.contains(v)) {
        return false;
      }
    }
    return true;
  }

  /** True when sub occurs as a contiguous run in sup (naive search, as OPA). */
  private static boolean arraySubset(ArrayValue sup, ArrayValue sub) {
    if (sub.size() > sup.size()) {
      return false;
    }
    if (sub.equals(sup)) {
      return true;
    }
    int superCursor = 0;
    int subCursor = 0;
    while (true) {
      if (subCursor == sub.size()) {
        return true;
      }
      if (superCursor + subCursor == sup.size()) {
        return false;
      }
      if (sup.get(superCursor + subCursor).equals(sub.get(subCursor))) {
        subCursor++;
      } else {
        superCursor++;
        subCursor = 0;
      }
    }
  }

  /**
   * OPA counts array elements found in the set until the count of set members is reached, so
   * duplicates count twice and an empty array is never a superset (even of the empty set).
   */
  private static boolean arraySetSubset(ArrayValue sup, SetValue sub) {
    int unmatched = sub.size();
    for (Value v : sup.elements()) {
      if (sub.contains(v)) {
        unmatched--;
      }
      if (unmatched == 0) {
        return true;
      }
    }
    return false;
  }
}
