package io.opadynamodb.rego.ast;

/** The Rego syntax version a module is written in. */
public enum RegoVersion {
  /** OPA 0.x syntax: {@code if}/{@code contains} optional, keywords imported from {@code future.keywords}. */
  V0,
  /** OPA 1.x syntax (the default): {@code if} and {@code contains} required, all keywords available. */
  V1
}
